package io.fluxjava.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every controller starts from its jar with exactly the args and JVM options the chart renders
 * (addresses moved to loopback) and answers its probes and metrics: no rendered flag stops an app
 * from coming up.
 */
class ChartArgsStartupTest {

  @TempDir Path workDir;

  @Test
  void everyControllerComesUpWithTheRenderedArgs() {
    try (LocalCluster cluster =
        LocalCluster.start(
            new LocalCluster.Settings(
                E2eSettings.projectRoot(),
                workDir,
                E2eSettings.version(),
                Map.of("logLevel", "debug", "watchAllNamespaces", "false"),
                line -> {}))) {
      for (Controller controller : Controller.values()) {
        assertThat(HttpProbe.status(cluster.url(controller, "healthz") + "/healthz"))
            .as(controller.deploymentName())
            .isEqualTo(200);
        assertThat(HttpProbe.body(cluster.url(controller, "http-prom") + "/metrics"))
            .as(controller.deploymentName())
            .contains("# TYPE");
      }
      assertThat(HttpProbe.status(cluster.url(Controller.SOURCE, "http") + "/")).isEqualTo(200);
      // the JVM settings of the rendered container: its limits and the chart's JAVA_TOOL_OPTIONS
      for (ManagedProcess process : cluster.processes()) {
        if (!process.name().equals("api-server")) {
          assertThat(process.log())
              .as(process.name())
              .content()
              .contains(
                  "Picked up JAVA_TOOL_OPTIONS: -XX:MaxRAM=",
                  "-XX:ActiveProcessorCount=1",
                  "-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss512k");
        }
      }
      // --enable-leader-election from the chart: each controller holds its Lease
      assertThat(cluster.client().leases().inNamespace(LocalCluster.NAMESPACE).list().getItems())
          .extracting(lease -> lease.getMetadata().getName())
          .contains("source-controller-leader-election", "kustomize-controller-leader-election");
    }
  }
}
