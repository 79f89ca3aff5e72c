package io.fluxjava.kustomize;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads files of one kustomization with kustomize's load restriction (by default a file must lie in
 * or below the kustomization's directory) and, when given, an outer boundary nothing may leave.
 */
final class RootedLoader {

  private final Path root;
  private final boolean restricted;
  private final Path boundary;

  RootedLoader(Path root, KustomizeOptions options) {
    this.root = root;
    this.restricted = options.loadRestrictions() == KustomizeOptions.LoadRestrictions.ROOT_ONLY;
    this.boundary = options.boundary() == null ? null : realPath(options.boundary());
  }

  Path root() {
    return root;
  }

  /**
   * Resolves a path written in the kustomization without the load restriction (kustomizations in
   * other directories are allowed), but within the boundary.
   */
  Path resolve(String relative) {
    Path path = root.resolve(relative).normalize();
    if (boundary != null && !realPath(path).startsWith(boundary)) {
      throw new KustomizeException(
          "security; path '" + relative + "' is not in or below '" + boundary + "'");
    }
    return path;
  }

  /** Resolves a file and enforces the restriction. */
  Path restrictedFile(String relative) {
    Path file = resolve(relative);
    if (!Files.exists(file)) {
      throw new KustomizeException(
          "evalsymlink failure on '" + file + "' : lstat " + file + ": no such file or directory");
    }
    Path real = realPath(file);
    if (restricted && !real.startsWith(realPath(root))) {
      throw new KustomizeException(
          "security; file '" + real + "' is not in or below '" + realPath(root) + "'");
    }
    return real;
  }

  byte[] readBytes(String relative) {
    Path file = restrictedFile(relative);
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new KustomizeException("cannot read '" + file + "': " + e.getMessage(), e);
    }
  }

  String readString(String relative) {
    return new String(readBytes(relative), java.nio.charset.StandardCharsets.UTF_8);
  }

  static Path realPath(Path path) {
    try {
      return path.toRealPath();
    } catch (IOException e) {
      return path.toAbsolutePath().normalize();
    }
  }
}
