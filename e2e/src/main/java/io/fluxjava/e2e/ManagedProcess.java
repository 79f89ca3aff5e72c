package io.fluxjava.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A child process with its output in a log file, stopped gracefully and then forcibly. */
public final class ManagedProcess implements AutoCloseable {

  private static final long GRACE_SECONDS = 15;

  private final String name;
  private final Process process;
  private final Path log;

  private ManagedProcess(String name, Process process, Path log) {
    this.name = name;
    this.process = process;
    this.log = log;
  }

  /**
   * Starts {@code command} with extra environment variables, stdout and stderr into {@code log}.
   */
  public static ManagedProcess start(
      String name, List<String> command, Map<String, String> env, Path log) {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    builder.environment().putAll(env);
    try {
      return new ManagedProcess(name, builder.start(), log);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + name, e);
    }
  }

  /** A {@code java} command with the running JVM's binary. */
  public static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** The name given at start. */
  public String name() {
    return name;
  }

  /** The operating system's process id. */
  public long pid() {
    return process.pid();
  }

  /** The file with the process's output. */
  public Path log() {
    return log;
  }

  /** Whether the process is still running. */
  public boolean isAlive() {
    return process.isAlive();
  }

  /** Kills the process at once, as a crash or an OOM kill would. */
  public void kill() {
    process.destroyForcibly();
    waitForExit(GRACE_SECONDS);
  }

  /** SIGTERM, then SIGKILL if the process has not exited after a grace period. */
  @Override
  public void close() {
    process.destroy();
    if (!waitForExit(GRACE_SECONDS)) {
      kill();
    }
  }

  private boolean waitForExit(long seconds) {
    try {
      return process.waitFor(seconds, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
      return false;
    }
  }
}
