package io.fluxjava.helm.chart;

import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fluxjava.api.helm.HelmChartTemplate;
import io.fluxjava.api.helm.HelmChartTemplateSpec;
import io.fluxjava.api.helm.HelmMetadata;
import io.fluxjava.api.helm.HelmRelease;
import io.fluxjava.api.source.HelmChart;
import io.fluxjava.api.source.HelmChartSourceKind;
import io.fluxjava.api.source.HelmChartSpec;
import io.fluxjava.api.source.LocalHelmChartSourceReference;
import io.fluxjava.api.source.ReconcileStrategy;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Keeps the HelmChart that a HelmRelease with {@code spec.chart} asks source-controller to build:
 * named {@code <namespace>-<name>} in the source's namespace, created, updated and deleted with the
 * release.
 */
public final class HelmChartTemplates {

  private final KubernetesClient client;

  public HelmChartTemplates(KubernetesClient client) {
    this.client = client;
  }

  /** Namespace and name of the generated HelmChart. */
  public static ChartKey keyOf(HelmRelease release) {
    HelmChartTemplateSpec spec = release.getSpec().getChart().getSpec();
    String namespace = spec.getSourceRef().getNamespace();
    if (namespace == null || namespace.isEmpty()) {
      namespace = release.getMetadata().getNamespace();
    }
    return new ChartKey(
        namespace, release.getMetadata().getNamespace() + "-" + release.getMetadata().getName());
  }

  /** Creates the HelmChart, or updates its spec and metadata when the template changed. */
  public HelmChart sync(HelmRelease release) {
    ChartKey key = keyOf(release);
    HelmChart desired = desired(release, key);
    HelmChart existing =
        client.resources(HelmChart.class).inNamespace(key.namespace()).withName(key.name()).get();
    if (existing == null) {
      return client.resource(desired).create();
    }
    if (Objects.equals(existing.getSpec(), desired.getSpec())
        && existing.getMetadata().getLabels().entrySet().containsAll(labels(release).entrySet())) {
      return existing;
    }
    existing.setSpec(desired.getSpec());
    existing.getMetadata().setLabels(desired.getMetadata().getLabels());
    existing.getMetadata().setAnnotations(desired.getMetadata().getAnnotations());
    return client.resource(existing).update();
  }

  /** Deletes the generated HelmChart, if there is one. */
  public void delete(HelmRelease release) {
    if (release.getSpec().getChart() == null) {
      return;
    }
    ChartKey key = keyOf(release);
    client.resources(HelmChart.class).inNamespace(key.namespace()).withName(key.name()).delete();
  }

  private static HelmChart desired(HelmRelease release, ChartKey key) {
    HelmChartTemplate template = release.getSpec().getChart();
    HelmChartTemplateSpec source = template.getSpec();
    HelmChartSpec spec = new HelmChartSpec();
    spec.setChart(source.getChart());
    spec.setVersion(source.getVersion() == null ? "*" : source.getVersion());
    LocalHelmChartSourceReference ref = new LocalHelmChartSourceReference();
    ref.setKind(
        source.getSourceRef().getKind() == null
            ? HelmChartSourceKind.HELM_REPOSITORY
            : source.getSourceRef().getKind());
    ref.setName(source.getSourceRef().getName());
    spec.setSourceRef(ref);
    spec.setInterval(
        source.getInterval() == null ? release.getSpec().getInterval() : source.getInterval());
    spec.setReconcileStrategy(
        source.getReconcileStrategy() == null
            ? ReconcileStrategy.CHART_VERSION
            : source.getReconcileStrategy());
    spec.setValuesFiles(source.getValuesFiles());
    spec.setIgnoreMissingValuesFiles(source.getIgnoreMissingValuesFiles());
    HelmChart chart = new HelmChart();
    Map<String, String> annotations = new HashMap<>();
    if (template.getMetadata() != null && template.getMetadata().getAnnotations() != null) {
      annotations.putAll(template.getMetadata().getAnnotations());
    }
    chart.setMetadata(
        new ObjectMetaBuilder()
            .withNamespace(key.namespace())
            .withName(key.name())
            .withLabels(labels(release))
            .withAnnotations(annotations)
            .build());
    chart.setSpec(spec);
    return chart;
  }

  private static Map<String, String> labels(HelmRelease release) {
    Map<String, String> labels = new HashMap<>();
    HelmChartTemplate template = release.getSpec().getChart();
    if (template.getMetadata() != null && template.getMetadata().getLabels() != null) {
      labels.putAll(template.getMetadata().getLabels());
    }
    labels.put(HelmMetadata.NAME_LABEL, release.getMetadata().getName());
    labels.put(HelmMetadata.NAMESPACE_LABEL, release.getMetadata().getNamespace());
    return labels;
  }
}
