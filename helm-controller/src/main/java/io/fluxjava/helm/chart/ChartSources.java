package io.fluxjava.helm.chart;

import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fluxjava.api.ConditionTypes;
import io.fluxjava.api.ReconcileStatus;
import io.fluxjava.api.helm.ChartRefKind;
import io.fluxjava.api.helm.CrossNamespaceSourceReference;
import io.fluxjava.api.helm.HelmRelease;
import io.fluxjava.api.meta.Artifact;
import io.fluxjava.api.source.HelmChart;
import io.fluxjava.api.source.OCIRepository;
import java.util.Optional;

/**
 * Finds the chart source of a HelmRelease ({@code spec.chart} through its generated HelmChart, or
 * {@code spec.chartRef}) and whether it has an artifact to install.
 */
public final class ChartSources {

  public static final String HELM_CHART = "HelmChart";
  public static final String OCI_REPOSITORY = "OCIRepository";

  private final KubernetesClient client;
  private final HelmChartTemplates templates;

  public ChartSources(KubernetesClient client) {
    this.client = client;
    this.templates = new HelmChartTemplates(client);
  }

  /** The source of the release; with {@code spec.chart} the HelmChart is created or updated. */
  public ChartSource resolve(HelmRelease release) {
    if (release.getSpec().getChart() != null) {
      HelmChart chart = templates.sync(release);
      return describe(HELM_CHART, HelmChartTemplates.keyOf(release), Optional.of(chart));
    }
    CrossNamespaceSourceReference ref = release.getSpec().getChartRef();
    String namespace =
        ref.getNamespace() == null || ref.getNamespace().isEmpty()
            ? release.getMetadata().getNamespace()
            : ref.getNamespace();
    ChartKey key = new ChartKey(namespace, ref.getName());
    if (ref.getKind() == ChartRefKind.OCI_REPOSITORY) {
      return describe(
          OCI_REPOSITORY,
          key,
          Optional.ofNullable(
              client
                  .resources(OCIRepository.class)
                  .inNamespace(namespace)
                  .withName(key.name())
                  .get()));
    }
    if (ref.getKind() == ChartRefKind.HELM_CHART) {
      return describe(
          HELM_CHART,
          key,
          Optional.ofNullable(
              client.resources(HelmChart.class).inNamespace(namespace).withName(key.name()).get()));
    }
    return new ChartSource(
        String.valueOf(ref.getKind()),
        key,
        Optional.empty(),
        "unsupported chartRef kind '" + ref.getKind() + "'");
  }

  private static ChartSource describe(
      String kind, ChartKey key, Optional<? extends HasMetadata> source) {
    if (source.isEmpty()) {
      return new ChartSource(
          kind, key, Optional.empty(), "could not get " + kind + " '" + key + "': not found");
    }
    Artifact artifact = artifactOf(source.get());
    if (artifact == null) {
      return new ChartSource(
          kind,
          key,
          Optional.empty(),
          kind + " '" + key + "' is not ready: " + readyMessage(source.get()));
    }
    return new ChartSource(kind, key, Optional.of(artifact), "");
  }

  private static Artifact artifactOf(HasMetadata source) {
    if (source instanceof HelmChart chart && chart.getStatus() != null) {
      return chart.getStatus().getArtifact();
    }
    if (source instanceof OCIRepository repo && repo.getStatus() != null) {
      return repo.getStatus().getArtifact();
    }
    return null;
  }

  private static String readyMessage(HasMetadata source) {
    ReconcileStatus status =
        source instanceof HelmChart chart
            ? chart.getStatus()
            : ((OCIRepository) source).getStatus();
    if (status == null || status.getConditions() == null) {
      return "no artifact available";
    }
    return status.getConditions().stream()
        .filter(c -> ConditionTypes.READY.equals(c.getType()))
        .map(Condition::getMessage)
        .findFirst()
        .orElse("no artifact available");
  }
}
