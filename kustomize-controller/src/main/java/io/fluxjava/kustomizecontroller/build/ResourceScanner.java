package io.fluxjava.kustomizecontroller.build;

import io.fluxjava.kustomize.yaml.YamlException;
import io.fluxjava.kustomize.yaml.YamlLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Lists the resources of a directory without a kustomization file, as upstream's generator does:
 * every {@code .yaml}/{@code .yml} file below it that holds Kubernetes objects, and every
 * sub-directory with its own kustomization file as one resource (not descended into). A file that
 * is not valid YAML fails the build with its path.
 */
final class ResourceScanner {

  private ResourceScanner() {}

  /** Paths relative to {@code dir}, prefixed {@code ./}, in lexical walk order. */
  static List<String> scan(Path dir) {
    List<String> resources = new ArrayList<>();
    try {
      Files.walkFileTree(
          dir,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path sub, BasicFileAttributes attrs) {
              if (!sub.equals(dir) && KustomizationFiles.find(sub).isPresent()) {
                resources.add(relative(dir, sub));
                return FileVisitResult.SKIP_SUBTREE;
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (isYaml(file) && holdsObjects(dir, file)) {
                resources.add(relative(dir, file));
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    resources.sort(null);
    return resources;
  }

  private static boolean isYaml(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(".yaml") || name.endsWith(".yml");
  }

  private static boolean holdsObjects(Path dir, Path file) {
    List<Object> documents;
    try {
      documents = YamlLoader.loadAll(Files.readString(file, StandardCharsets.UTF_8));
    } catch (YamlException | IOException e) {
      throw new BuildException(
          "failed to decode Kubernetes YAML from " + relative(dir, file) + ": " + e.getMessage(),
          e);
    }
    // data files such as Helm values or SOPS rules sit beside manifests; they are not resources
    return !documents.isEmpty()
        && documents.stream()
            .allMatch(
                d ->
                    d instanceof Map<?, ?> m
                        && m.containsKey("kind")
                        && m.containsKey("apiVersion"));
  }

  private static String relative(Path dir, Path path) {
    return "./" + dir.relativize(path).toString().replace('\\', '/');
  }
}
