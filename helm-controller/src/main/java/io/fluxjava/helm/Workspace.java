package io.fluxjava.helm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A temporary directory for one reconcile's chart, deleted when closed. */
final class Workspace implements AutoCloseable {

  private final Path dir;

  private Workspace(Path dir) {
    this.dir = dir;
  }

  static Workspace create() throws IOException {
    return new Workspace(Files.createTempDirectory("helm-release-"));
  }

  Path dir() {
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
