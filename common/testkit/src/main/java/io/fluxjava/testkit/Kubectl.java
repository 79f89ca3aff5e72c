package io.fluxjava.testkit;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the real {@code kubectl} from the PATH against one kubeconfig, with a private cache. */
public final class Kubectl {

  private static final String BINARY = "kubectl";

  private final Path kubeconfig;
  private final Path workDir;

  /** kubectl for {@code kubeconfig}; discovery cache and output files go under {@code workDir}. */
  public Kubectl(Path kubeconfig, Path workDir) {
    this.kubeconfig = kubeconfig;
    this.workDir = workDir;
  }

  /** True when a kubectl binary is on the PATH. */
  public static boolean isInstalled() {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String dir : path.split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, BINARY))) {
        return true;
      }
    }
    return false;
  }

  /** Runs kubectl with {@code args} and waits at most {@code timeout}; kills it after that. */
  public Result run(Duration timeout, String... args) {
    Running running = start(args);
    return running.await(timeout);
  }

  /** Starts kubectl with {@code args} without waiting for it. */
  public Running start(String... args) {
    List<String> command = new ArrayList<>();
    command.add(BINARY);
    command.add("--kubeconfig=" + kubeconfig);
    command.add("--cache-dir=" + workDir.resolve("kubectl-cache"));
    command.addAll(List.of(args));
    try {
      Path out = Files.createTempFile(workDir, "kubectl", ".out");
      Path err = Files.createTempFile(workDir, "kubectl", ".err");
      Process process =
          new ProcessBuilder(command)
              .redirectOutput(out.toFile())
              .redirectError(err.toFile())
              .start();
      return new Running(process, out, err);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What a finished kubectl run printed, and its exit code (-1 when it was killed). */
  public record Result(int exitCode, String stdout, String stderr) {

    /** True when kubectl exited with 0. */
    public boolean succeeded() {
      return exitCode == 0;
    }
  }

  /** A kubectl process that is still running. */
  public static final class Running {
    private final Process process;
    private final Path out;
    private final Path err;

    private Running(Process process, Path out, Path err) {
      this.process = process;
      this.out = out;
      this.err = err;
    }

    /** Waits at most {@code timeout} for the process to end, killing it after that. */
    public Result await(Duration timeout) {
      try {
        boolean finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (!finished) {
          process.destroyForcibly().waitFor();
        }
        return new Result(
            finished ? process.exitValue() : -1, Files.readString(out), Files.readString(err));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        process.destroyForcibly();
        throw new IllegalStateException("interrupted while waiting for kubectl", e);
      }
    }
  }
}
