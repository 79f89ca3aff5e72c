package io.fluxjava.helm;

import static io.fluxjava.helm.testing.HelmReleaseFixture.NAMESPACE;
import static io.fluxjava.helm.testing.HelmReleaseFixture.condition;
import static org.assertj.core.api.Assertions.assertThat;

import io.fluxjava.api.helm.CrossNamespaceObjectReference;
import io.fluxjava.api.helm.HelmChartTemplate;
import io.fluxjava.api.helm.HelmChartTemplateSpec;
import io.fluxjava.api.helm.HelmRelease;
import io.fluxjava.api.source.HelmChart;
import io.fluxjava.api.source.HelmChartSourceKind;
import io.fluxjava.helm.testing.HelmReleaseFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code spec.chart}: the controller asks source-controller for a HelmChart and installs it. */
class HelmReleaseChartTemplateTest {

  private static final String GENERATED = NAMESPACE + "-podinfo";

  private HelmReleaseFixture fixture;

  @BeforeEach
  void start() {
    fixture = new HelmReleaseFixture();
    fixture.create(
        "podinfo",
        "unused",
        spec -> {
          spec.setChartRef(null);
          HelmChartTemplateSpec chart = new HelmChartTemplateSpec();
          chart.setChart("podinfo");
          chart.setVersion("6.5.x");
          CrossNamespaceObjectReference source = new CrossNamespaceObjectReference();
          source.setKind(HelmChartSourceKind.HELM_REPOSITORY);
          source.setName("podinfo-repo");
          chart.setSourceRef(source);
          HelmChartTemplate template = new HelmChartTemplate();
          template.setSpec(chart);
          spec.setChart(template);
        });
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  @Test
  void createsTheHelmChartAndWaitsForItsArtifact() {
    HelmRelease waiting = fixture.reconcile("podinfo");

    HelmChart chart = helmChart();
    assertThat(chart.getSpec().getChart()).isEqualTo("podinfo");
    assertThat(chart.getSpec().getVersion()).isEqualTo("6.5.x");
    assertThat(chart.getSpec().getInterval()).isEqualTo("10m");
    assertThat(chart.getMetadata().getLabels())
        .containsEntry("helm.toolkit.fluxcd.io/name", "podinfo")
        .containsEntry("helm.toolkit.fluxcd.io/namespace", NAMESPACE);
    assertThat(condition(waiting, "Ready").getReason()).isEqualTo("ArtifactFailed");
    assertThat(waiting.getStatus().getHelmChart()).isEqualTo(NAMESPACE + "/" + GENERATED);

    fixture.publishChart(GENERATED, HelmReleaseInstallTest.PODINFO);
    HelmRelease installed = fixture.reconcile("podinfo");

    assertThat(condition(installed, "Ready").getReason()).isEqualTo("InstallSucceeded");
  }

  @Test
  void keepsTheHelmChartInSyncAndDeletesItWithTheRelease() {
    fixture.reconcile("podinfo");
    fixture.update("podinfo", spec -> spec.getChart().getSpec().setVersion("6.6.0"));

    fixture.reconcile("podinfo");
    assertThat(helmChart().getSpec().getVersion()).isEqualTo("6.6.0");

    fixture.cleanup("podinfo");
    assertThat(helmChart()).isNull();
  }

  private HelmChart helmChart() {
    return fixture
        .client()
        .resources(HelmChart.class)
        .inNamespace(NAMESPACE)
        .withName(GENERATED)
        .get();
  }
}
