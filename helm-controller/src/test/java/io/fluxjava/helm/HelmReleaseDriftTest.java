package io.fluxjava.helm;

import static io.fluxjava.helm.testing.HelmReleaseFixture.NAMESPACE;
import static io.fluxjava.helm.testing.HelmReleaseFixture.condition;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fluxjava.api.helm.DriftDetection;
import io.fluxjava.api.helm.DriftDetectionMode;
import io.fluxjava.api.helm.HelmRelease;
import io.fluxjava.helm.testing.HelmReleaseFixture;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HelmReleaseDriftTest {

  private HelmReleaseFixture fixture;

  @BeforeEach
  void start() {
    fixture = new HelmReleaseFixture();
    fixture.publishChart("podinfo", HelmReleaseInstallTest.PODINFO);
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  @Test
  void correctsDriftWhenEnabled() {
    install(DriftDetectionMode.ENABLED);
    editByHand();

    HelmRelease release = fixture.reconcile("podinfo");

    assertThat(config().getData()).containsEntry("greeting", "hello");
    assertThat(fixture.events("podinfo"))
        .anySatisfy(
            e -> {
              assertThat(e.getReason()).isEqualTo("DriftDetected");
              assertThat(e.getMessage())
                  .startsWith(
                      "Cluster state of release flux-system/podinfo.v1 with chart podinfo@6.5.4 has been corrected")
                  .contains("ConfigMap/flux-system/podinfo-config");
            });
    assertThat(condition(release, "Ready").getStatus()).isEqualTo("True");
    assertThat(fixture.releases(NAMESPACE, "podinfo")).hasSize(1);
  }

  @Test
  void onlyWarnsInWarnMode() {
    install(DriftDetectionMode.WARN);
    editByHand();

    HelmRelease release = fixture.reconcile("podinfo");

    assertThat(config().getData()).containsEntry("greeting", "edited");
    assertThat(condition(release, "Drifted").getStatus()).isEqualTo("True");
    assertThat(condition(release, "Drifted").getReason()).isEqualTo("DriftDetected");
    assertThat(fixture.events("podinfo"))
        .anySatisfy(e -> assertThat(e.getType()).isEqualTo("Warning"));
  }

  @Test
  void reportsNoDriftWhenTheClusterMatches() {
    install(DriftDetectionMode.ENABLED);

    HelmRelease release = fixture.reconcile("podinfo");

    assertThat(condition(release, "Drifted").getReason()).isEqualTo("NoDriftDetected");
  }

  private void install(DriftDetectionMode mode) {
    fixture.create(
        "podinfo",
        "podinfo",
        spec -> {
          DriftDetection drift = new DriftDetection();
          drift.setMode(mode);
          spec.setDriftDetection(drift);
        });
    fixture.reconcile("podinfo");
  }

  private void editByHand() {
    fixture
        .client()
        .configMaps()
        .inNamespace(NAMESPACE)
        .withName("podinfo-config")
        .edit(
            c -> {
              c.setData(Map.of("greeting", "edited", "namespace", NAMESPACE));
              return c;
            });
  }

  private ConfigMap config() {
    return fixture.client().configMaps().inNamespace(NAMESPACE).withName("podinfo-config").get();
  }
}
