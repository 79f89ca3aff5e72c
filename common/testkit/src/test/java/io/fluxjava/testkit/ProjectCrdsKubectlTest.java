package io.fluxjava.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The project's generated CRDs (helm-chart/crds) installed into the server and read by kubectl. */
class ProjectCrdsKubectlTest {

  private static final Path PROJECT_CRDS = Path.of("../../helm-chart/crds");

  @TempDir Path workDir;

  @Test
  void fluxKindsAreServedWithReadyAndStatusColumns() {
    assumeTrue(Kubectl.isInstalled(), "kubectl is not on the PATH: kubectl tests skipped");
    assumeTrue(Files.isDirectory(PROJECT_CRDS), "helm-chart/crds not generated yet");
    try (InMemoryApiServer server = InMemoryApiServer.start()) {
      int installed = server.installCrds(PROJECT_CRDS).size();
      Kubectl kubectl = new Kubectl(server.writeKubeconfig(workDir.resolve("kubeconfig")), workDir);

      KustomizationFixture.create(server.client(), "flux-system", "apps");
      KustomizationFixture.writeReady(
          server.client(), "flux-system", "apps", "True", "Applied revision: main@sha1:abc");

      Kubectl.Result crds = kubectl.run(Duration.ofSeconds(30), "get", "crd", "--no-headers");
      Kubectl.Result kustomizations =
          kubectl.run(Duration.ofSeconds(30), "get", "kustomizations", "-A");

      assertThat(installed).isGreaterThanOrEqualTo(9);
      assertThat(crds.stdout().lines()).hasSize(installed);
      assertThat(kustomizations.succeeded()).as(kustomizations.stderr()).isTrue();
      assertThat(kustomizations.stdout())
          .containsPattern("NAMESPACE\\s+NAME\\s+AGE\\s+READY\\s+STATUS")
          .containsPattern("flux-system\\s+apps\\s+\\S+\\s+True\\s+Applied revision");
    }
  }
}
