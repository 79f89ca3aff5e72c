package io.fluxjava.source.git.reconcile;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fluxjava.api.meta.Artifact;
import io.fluxjava.api.source.GitRepository;
import io.fluxjava.api.source.GitRepositoryInclude;
import io.fluxjava.artifact.FileTrees;
import io.fluxjava.artifact.SafeTarExtractor;
import io.fluxjava.source.storage.ArtifactStorage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code spec.include}: finds the artifacts of the other GitRepositories and copies their {@code
 * fromPath} into the checkout at {@code toPath} (default: the included repository's name).
 */
final class IncludedArtifacts {

  /** Reason when an included GitRepository does not exist. */
  static final String REASON_NOT_FOUND = "NotFound";

  /** Reason when an included GitRepository has no artifact yet. */
  static final String REASON_NO_ARTIFACT = "NoArtifact";

  private static final long MAX_EXTRACTED_BYTES = 8L << 30;

  private final KubernetesClient client;
  private final ArtifactStorage storage;

  IncludedArtifacts(KubernetesClient client, ArtifactStorage storage) {
    this.client = client;
    this.storage = storage;
  }

  /** An include with the artifact it currently resolves to. */
  record Resolved(GitRepositoryInclude include, Artifact artifact) {}

  List<Resolved> resolve(GitRepository obj) throws IncludeException {
    List<Resolved> resolved = new ArrayList<>();
    if (obj.getSpec().getInclude() == null) {
      return resolved;
    }
    for (GitRepositoryInclude include : obj.getSpec().getInclude()) {
      String name = include.getRepository().getName();
      GitRepository included =
          client
              .resources(GitRepository.class)
              .inNamespace(obj.getMetadata().getNamespace())
              .withName(name)
              .get();
      if (included == null) {
        throw new IncludeException(
            REASON_NOT_FOUND,
            "could not get resource for include '"
                + name
                + "': gitrepositories \""
                + name
                + "\" not found");
      }
      if (included.artifact() == null) {
        throw new IncludeException(
            REASON_NO_ARTIFACT, "no artifact available for include '" + name + "'");
      }
      resolved.add(new Resolved(include, included.artifact()));
    }
    return resolved;
  }

  /** Copies each include into the checkout. */
  void copyInto(List<Resolved> includes, Path worktree) throws IOException {
    for (Resolved include : includes) {
      Path extracted = Files.createTempDirectory("include-");
      try {
        try (InputStream in =
            Files.newInputStream(storage.root().resolve(include.artifact().getPath()))) {
          new SafeTarExtractor(MAX_EXTRACTED_BYTES).extract(in, extracted);
        }
        Path from = inside(extracted, include.include().getFromPath());
        Path to = inside(worktree, toPath(include.include()));
        FileTrees.deleteRecursively(to);
        copyTree(from, to);
      } finally {
        FileTrees.deleteRecursively(extracted);
      }
    }
  }

  /** The artifacts the includes resolved to, in spec order. */
  static List<Artifact> artifactsOf(List<Resolved> includes) {
    return includes.stream().map(Resolved::artifact).toList();
  }

  static String toPath(GitRepositoryInclude include) {
    String toPath = include.getToPath();
    return toPath == null || toPath.isEmpty() ? include.getRepository().getName() : toPath;
  }

  private static Path inside(Path root, String relative) throws IOException {
    Path path = root.resolve(relative == null ? "" : relative.replaceFirst("^/+", "")).normalize();
    if (!path.startsWith(root)) {
      throw new IOException("include path '" + relative + "' leaves the artifact");
    }
    return path;
  }

  private static void copyTree(Path from, Path to) throws IOException {
    if (!Files.exists(from)) {
      throw new IOException("path '" + from.getFileName() + "' not found in included artifact");
    }
    Files.walkFileTree(
        from,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
              throws IOException {
            Files.createDirectories(to.resolve(from.relativize(dir).toString()));
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            Files.copy(
                file,
                to.resolve(from.relativize(file).toString()),
                StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.COPY_ATTRIBUTES);
            return FileVisitResult.CONTINUE;
          }
        });
  }

  /** An include cannot be resolved; {@link #reason()} is the IncludeUnavailable reason. */
  static final class IncludeException extends Exception {
    private final String reason;

    IncludeException(String reason, String message) {
      super(message);
      this.reason = reason;
    }

    String reason() {
      return reason;
    }
  }
}
