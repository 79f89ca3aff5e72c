package io.fluxjava.source.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.eclipse.jgit.ignore.FastIgnoreRule;
import org.eclipse.jgit.ignore.IgnoreNode;

/**
 * Which paths of a source tree stay out of its artifact: the VCS files, then either upstream's
 * default list or the user's patterns ({@code .sourceignore} files, then {@code spec.ignore}), in
 * gitignore syntax. Later patterns win over earlier ones.
 */
public final class SourceIgnore {

  /** The file name users put ignore patterns in, in any directory of the source. */
  public static final String IGNORE_FILE = ".sourceignore";

  /** Always excluded. */
  static final List<String> VCS_PATTERNS =
      List.of(".git/", ".gitignore", ".gitmodules", ".gitattributes");

  /** Excluded only while no user pattern exists at all (upstream drops the whole list then). */
  static final List<String> DEFAULT_PATTERNS =
      List.of(
          "*.jpg",
          "*.jpeg",
          "*.gif",
          "*.png",
          "*.wmv",
          "*.flv",
          "*.tar.gz",
          "*.zip",
          ".github/",
          ".circleci/",
          ".travis.yml",
          ".gitlab-ci.yml",
          "appveyor.yml",
          ".drone.yml",
          "cloudbuild.yaml",
          "codeship-services.yml",
          "codeship-steps.yml",
          "**/.goreleaser.yml",
          "**/.sops.yaml",
          "**/.flux.yaml");

  private final List<Scope> scopes;

  private SourceIgnore(List<Scope> scopes) {
    this.scopes = List.copyOf(scopes);
  }

  /**
   * Reads every {@code .sourceignore} below {@code root} (not descending into {@code .git}) and
   * adds {@code specIgnore} (may be null) as the last, strongest, patterns.
   */
  public static SourceIgnore load(Path root, String specIgnore) throws IOException {
    List<Scope> userScopes = new ArrayList<>();
    for (Path file : findIgnoreFiles(root)) {
      String dir = relativeDirectory(root, file.getParent());
      try (InputStream in = Files.newInputStream(file)) {
        IgnoreNode node = new IgnoreNode();
        node.parse(in);
        addIfNotEmpty(userScopes, new Scope(dir, node));
      }
    }
    if (specIgnore != null) {
      addIfNotEmpty(userScopes, new Scope("", parse(specIgnore.lines().toList())));
    }
    List<Scope> all = new ArrayList<>();
    all.add(new Scope("", parse(VCS_PATTERNS)));
    if (userScopes.isEmpty()) {
      all.add(new Scope("", parse(DEFAULT_PATTERNS)));
    }
    all.addAll(userScopes);
    return new SourceIgnore(all);
  }

  /**
   * Whether the path (relative to the source root, '/'-separated) is excluded. A directory that is
   * excluded hides everything below it, as in git.
   */
  public boolean isIgnored(String relativePath, boolean directory) {
    for (int i = scopes.size() - 1; i >= 0; i--) {
      Scope scope = scopes.get(i);
      String inScope = scope.relativize(relativePath);
      if (inScope == null) {
        continue;
      }
      Boolean verdict = scope.rules.checkIgnored(inScope, directory);
      if (verdict != null) {
        return verdict;
      }
    }
    return false;
  }

  // Parents before children, so that a deeper file's patterns win over its ancestors'.
  private static List<Path> findIgnoreFiles(Path root) throws IOException {
    List<Path> found = new ArrayList<>();
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            return dir.getFileName() != null && dir.getFileName().toString().equals(".git")
                ? FileVisitResult.SKIP_SUBTREE
                : FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (attrs.isRegularFile() && file.getFileName().toString().equals(IGNORE_FILE)) {
              found.add(file);
            }
            return FileVisitResult.CONTINUE;
          }
        });
    found.sort(Comparator.comparingInt(Path::getNameCount).thenComparing(Path::toString));
    return found;
  }

  private static String relativeDirectory(Path root, Path dir) {
    return root.relativize(dir).toString().replace('\\', '/');
  }

  private static IgnoreNode parse(List<String> lines) {
    List<FastIgnoreRule> rules = new ArrayList<>();
    for (String line : lines) {
      String trimmed = line.strip();
      if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
        rules.add(new FastIgnoreRule(line));
      }
    }
    return new IgnoreNode(rules);
  }

  private static void addIfNotEmpty(List<Scope> scopes, Scope scope) {
    if (!scope.rules.getRules().isEmpty()) {
      scopes.add(scope);
    }
  }

  /** Patterns that apply below one directory ("" is the root). */
  private record Scope(String directory, IgnoreNode rules) {
    String relativize(String path) {
      if (directory.isEmpty()) {
        return path;
      }
      return path.startsWith(directory + "/") ? path.substring(directory.length() + 1) : null;
    }
  }
}
