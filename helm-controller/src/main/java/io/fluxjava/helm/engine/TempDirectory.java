package io.fluxjava.helm.engine;

import io.fluxjava.artifact.FileTrees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A temporary directory (a chart's working copy, a reconcile's artifact), deleted when closed. */
public final class TempDirectory implements AutoCloseable {

  private final Path dir;

  private TempDirectory(Path dir) {
    this.dir = dir;
  }

  /** Creates a new empty directory whose name starts with {@code prefix}. */
  public static TempDirectory create(String prefix) throws IOException {
    return new TempDirectory(Files.createTempDirectory(prefix));
  }

  public Path dir() {
    return dir;
  }

  @Override
  public void close() {
    try {
      FileTrees.deleteRecursively(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
