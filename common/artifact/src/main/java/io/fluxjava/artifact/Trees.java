package io.fluxjava.artifact;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/** Marks extracted trees read-only and deletes them again (see {@link FileTrees}). */
final class Trees {

  private Trees() {}

  /**
   * Takes the write permission from every file and directory below {@code root}, so that a user of
   * a shared tree who writes into it by mistake fails instead of changing it for everyone else.
   */
  static void makeReadOnly(Path root) throws IOException {
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (!attrs.isSymbolicLink()) {
              file.toFile().setWritable(false, false);
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path dir, IOException e) {
            dir.toFile().setWritable(false, false);
            return FileVisitResult.CONTINUE;
          }
        });
  }

  /** Deletes {@code root} and everything below it, read-only directories included. */
  static void delete(Path root) {
    try {
      FileTrees.deleteRecursively(root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
