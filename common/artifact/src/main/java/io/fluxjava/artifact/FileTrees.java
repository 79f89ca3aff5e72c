package io.fluxjava.artifact;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/** Deletes directory trees, read-only ones included, without following symlinks out of them. */
public final class FileTrees {

  private FileTrees() {}

  /**
   * Deletes a temporary {@code root} when there is one, ignoring failures: a leftover temporary
   * directory is harmless, the next reconcile uses a new one.
   */
  public static void deleteQuietly(Path root) {
    if (root == null) {
      return;
    }
    try {
      deleteRecursively(root);
    } catch (IOException e) {
      // Deliberately ignored; see above.
    }
  }

  /** Deletes {@code root} and everything below it; nothing happens when it does not exist. */
  public static void deleteRecursively(Path root) throws IOException {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            // a shared extracted tree is read-only; its entries can only go once it is writable
            dir.toFile().setWritable(true, true);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            Files.delete(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
            if (e != null) {
              throw e;
            }
            Files.delete(dir);
            return FileVisitResult.CONTINUE;
          }
        });
  }
}
