package io.fluxjava.kustomize;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Runs {@code kubectl kustomize} as the reference implementation the tests compare against. */
final class Kubectl {

  /** Outcome of one kubectl run. */
  record Result(int exitCode, String stdout, String stderr) {}

  static final String SKIP_MESSAGE =
      "kubectl is not on PATH: the differential kustomize tests need it as the reference";

  private static final Boolean AVAILABLE = probe();

  private Kubectl() {}

  static boolean available() {
    return AVAILABLE;
  }

  static Result kustomize(Path dir, String... extraArgs) {
    java.util.List<String> command =
        new java.util.ArrayList<>(java.util.List.of("kubectl", "kustomize", dir.toString()));
    command.addAll(java.util.List.of(extraArgs));
    try {
      Process p =
          new ProcessBuilder(command)
              .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
              .start();
      byte[] out = p.getInputStream().readAllBytes();
      byte[] err = p.getErrorStream().readAllBytes();
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IllegalStateException("kubectl kustomize timed out on " + dir);
      }
      return new Result(
          p.exitValue(),
          new String(out, StandardCharsets.UTF_8),
          new String(err, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException("cannot run kubectl", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static boolean probe() {
    try {
      Process p = new ProcessBuilder("kubectl", "version", "--client").start();
      p.getInputStream().readAllBytes();
      return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
