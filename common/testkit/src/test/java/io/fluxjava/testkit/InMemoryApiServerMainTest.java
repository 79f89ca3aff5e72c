package io.fluxjava.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server run as its own process, the way the local launcher starts it. */
class InMemoryApiServerMainTest {

  @TempDir Path workDir;

  @Test
  void printsTheKubeconfigPathAndServesUntilKilled() throws Exception {
    assumeTrue(Kubectl.isInstalled(), "kubectl is not on the PATH: kubectl tests skipped");
    Path kubeconfig = workDir.resolve("kubeconfig");
    Process process =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                InMemoryApiServerMain.class.getName(),
                "--port",
                "0",
                "--kubeconfig",
                kubeconfig.toString(),
                "--crds",
                KustomizationFixture.CRDS.toString())
            .redirectError(workDir.resolve("server.err").toFile())
            .start();
    try {
      BufferedReader out =
          new BufferedReader(
              new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      String printed = CompletableFuture.supplyAsync(() -> readLine(out)).get(30, TimeUnit.SECONDS);

      Kubectl.Result crds =
          new Kubectl(kubeconfig, workDir).run(Duration.ofSeconds(30), "get", "crd", "-o", "name");

      assertThat(printed).isEqualTo(kubeconfig.toAbsolutePath().toString());
      assertThat(crds.stdout())
          .isEqualTo(
              "customresourcedefinition.apiextensions.k8s.io/"
                  + "kustomizations.kustomize.toolkit.fluxcd.io\n");
    } finally {
      process.destroy();
      process.waitFor(10, TimeUnit.SECONDS);
      process.destroyForcibly();
    }
  }

  private static String readLine(BufferedReader reader) {
    try {
      return reader.readLine();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
