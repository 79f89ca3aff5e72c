package io.fluxjava.helm;

import static io.fluxjava.helm.testing.HelmReleaseFixture.condition;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fluxjava.api.helm.HelmRelease;
import io.fluxjava.helm.testing.HelmReleaseFixture;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The controller process stops gracefully on SIGTERM after the embedded Helm engine has rendered a
 * release: the engine's Go runtime must not swallow the signal.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class HelmControllerShutdownTest {

  /** What a JVM reports when SIGTERM ran its shutdown hooks: 128 + 15. */
  private static final int EXIT_ON_SIGTERM = 143;

  @TempDir Path workDir;

  private final HelmReleaseFixture fixture = new HelmReleaseFixture();
  private Process controller;

  @AfterEach
  void stop() throws InterruptedException {
    if (controller != null) {
      controller.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
    fixture.close();
  }

  @Test
  void stopsGracefullyOnSigtermAfterRenderingARelease() throws Exception {
    fixture.publishChart("podinfo", HelmReleaseInstallTest.PODINFO);
    fixture.create("podinfo", "podinfo", spec -> {});
    Path log = workDir.resolve("controller.log");
    controller = startController(log);

    await()
        .atMost(Duration.ofSeconds(120))
        .until(() -> isReady(fixture.get("podinfo")) || !controller.isAlive());
    assertThat(controller.isAlive()).as("controller running; log:%n%s", read(log)).isTrue();

    controller.destroy(); // SIGTERM

    assertThat(controller.waitFor(60, TimeUnit.SECONDS))
        .as("exited within 60 s of SIGTERM; log:%n%s", read(log))
        .isTrue();
    assertThat(controller.exitValue()).isEqualTo(EXIT_ON_SIGTERM);
    assertThat(read(log))
        .containsPattern("\"msg\":\"Helm engine v3\\.[0-9.]+ loaded\"")
        .containsPattern("\"msg\":\"Operator SDK [0-9.]+ is shutting down")
        .contains("\"msg\":\"Graceful shutdown complete\"");
  }

  private Process startController(Path log) throws IOException {
    Path kubeconfig = fixture.api().writeKubeconfig(workDir.resolve("kubeconfig"));
    ProcessBuilder builder =
        new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx256m",
            "-cp",
            System.getProperty("java.class.path"),
            HelmControllerApplication.class.getName(),
            "--kubeconfig=" + kubeconfig,
            "--metrics-addr=127.0.0.1:" + freePort(),
            "--health-addr=127.0.0.1:" + freePort());
    return builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
  }

  private static boolean isReady(HelmRelease release) {
    return condition(release, "Ready") != null
        && "True".equals(condition(release, "Ready").getStatus());
  }

  private static String read(Path log) throws IOException {
    return Files.exists(log) ? Files.readString(log) : "";
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
