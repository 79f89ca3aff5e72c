package io.fluxjava.helm;

import static io.fluxjava.helm.testing.HelmReleaseFixture.NAMESPACE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fluxjava.helm.testing.HelmBinary;
import io.fluxjava.helm.testing.HelmReleaseFixture;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real helm CLI reads the releases this controller stores (skipped without a helm binary). */
class HelmCliCompatibilityTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private HelmReleaseFixture fixture;
  private HelmBinary helm;

  @BeforeEach
  void start(@TempDir Path dir) throws Exception {
    fixture = new HelmReleaseFixture();
    Path kubeconfig = fixture.api().writeKubeconfig(dir.resolve("kubeconfig"));
    Optional<HelmBinary> found = HelmBinary.find(kubeconfig);
    assumeTrue(found.isPresent(), "no helm binary (set HELM_BINARY or put helm on the PATH)");
    helm = found.get();
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  @Test
  void helmListHistoryAndGetValuesReadTheReleases() throws Exception {
    fixture.publishChart("podinfo", HelmReleaseInstallTest.PODINFO);
    fixture.create(
        "podinfo", "podinfo", spec -> spec.setValues(JSON.valueToTree(Map.of("greeting", "v1"))));
    fixture.reconcile("podinfo");
    fixture.update("podinfo", spec -> spec.setValues(JSON.valueToTree(Map.of("greeting", "v2"))));
    fixture.reconcile("podinfo");

    JsonNode list = JSON.readTree(helm.run("list", "-n", NAMESPACE, "-o", "json"));
    assertThat(list).hasSize(1);
    assertThat(list.get(0).get("name").asText()).isEqualTo("podinfo");
    assertThat(list.get(0).get("revision").asText()).isEqualTo("2");
    assertThat(list.get(0).get("status").asText()).isEqualTo("deployed");
    assertThat(list.get(0).get("chart").asText()).isEqualTo("podinfo-6.5.4");
    assertThat(list.get(0).get("app_version").asText()).isEqualTo("6.5.4");

    JsonNode history = JSON.readTree(helm.run("history", "podinfo", "-n", NAMESPACE, "-o", "json"));
    assertThat(history).hasSize(2);
    assertThat(history.get(0).get("status").asText()).isEqualTo("superseded");
    assertThat(history.get(0).get("description").asText()).isEqualTo("Install complete");
    assertThat(history.get(1).get("status").asText()).isEqualTo("deployed");
    assertThat(history.get(1).get("description").asText()).isEqualTo("Upgrade complete");

    JsonNode values =
        JSON.readTree(helm.run("get", "values", "podinfo", "-n", NAMESPACE, "-o", "json"));
    assertThat(values.get("greeting").asText()).isEqualTo("v2");
  }
}
