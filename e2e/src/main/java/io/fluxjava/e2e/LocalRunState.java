package io.fluxjava.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** The {@code .flux-local/} folder of a local run: the launcher's pid, kubeconfig, logs, data. */
public final class LocalRunState {

  private static final String PID_FILE = "launcher.pid";

  /** Where {@code ./flux-local up --detach} sends the launcher's output; it outlives a reset. */
  private static final String LAUNCHER_LOG = "launcher.log";

  private final Path dir;

  /** The state kept in {@code dir}. */
  public LocalRunState(Path dir) {
    this.dir = dir;
  }

  /** The folder itself. */
  public Path dir() {
    return dir;
  }

  /** The kubeconfig of the running API server. */
  public Path kubeconfig() {
    return dir.resolve("kubeconfig");
  }

  /** Deletes what a previous run left behind. */
  public void reset() {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files
          .sorted(Comparator.reverseOrder())
          .filter(file -> !file.equals(dir) && !file.equals(dir.resolve(LAUNCHER_LOG)))
          .forEach(LocalRunState::delete);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Records the launcher's pid so that {@code down} can stop it from another terminal. */
  public void writePid(long pid) {
    try {
      Files.createDirectories(dir);
      Files.writeString(dir.resolve(PID_FILE), Long.toString(pid));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Forgets the pid once the launcher has stopped. */
  public void clearPid() {
    delete(dir.resolve(PID_FILE));
  }

  /** The pid of a launcher that is still running. */
  public Optional<Long> runningPid() {
    Path file = dir.resolve(PID_FILE);
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    try {
      long pid = Long.parseLong(Files.readString(file).strip());
      return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).map(ProcessHandle::pid);
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** Whether a launcher is running. */
  public boolean isRunning() {
    return runningPid().isPresent();
  }

  /**
   * Stops the running launcher (SIGTERM: its shutdown hook stops the controllers, the API server
   * and the demo servers) and waits for it; false when none was running.
   */
  public boolean stopRunning() {
    Optional<ProcessHandle> launcher = runningPid().flatMap(ProcessHandle::of);
    if (launcher.isEmpty()) {
      System.err.println("flux-local is not running");
      return false;
    }
    launcher.get().destroy();
    try {
      launcher.get().onExit().get(90, TimeUnit.SECONDS);
    } catch (Exception e) {
      launcher.get().destroyForcibly();
    }
    System.out.println("flux-local: stopped");
    return true;
  }

  private static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
