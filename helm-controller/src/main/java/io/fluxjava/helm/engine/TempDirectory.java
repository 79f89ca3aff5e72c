package io.fluxjava.helm.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

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
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
