package io.fluxjava.helm;

import io.fluxjava.api.helm.ChartRefKind;
import io.fluxjava.api.helm.HelmRelease;
import io.fluxjava.api.source.HelmChart;
import io.fluxjava.api.source.OCIRepository;
import io.fluxjava.helm.chart.ChartKey;
import io.fluxjava.helm.chart.HelmChartTemplates;
import io.fluxjava.runtime.DependencyWatch;
import io.fluxjava.runtime.ObjectKey;
import java.util.List;
import java.util.Set;

/**
 * Reconciles a HelmRelease when the revision of its chart source's artifact changes (the generated
 * HelmChart, or the HelmChart / OCIRepository of {@code chartRef}).
 */
final class ChartWatches {

  private ChartWatches() {}

  static List<DependencyWatch<?, HelmRelease>> all() {
    return List.of(
        DependencyWatch.of(HelmChart.class, HelmRelease.class)
            .trackedValue(
                chart ->
                    chart.getStatus() == null || chart.getStatus().getArtifact() == null
                        ? null
                        : chart.getStatus().getArtifact().getRevision())
            .references(release -> reference(release, ChartRefKind.HELM_CHART)),
        DependencyWatch.of(OCIRepository.class, HelmRelease.class)
            .trackedValue(
                repo ->
                    repo.getStatus() == null || repo.getStatus().getArtifact() == null
                        ? null
                        : repo.getStatus().getArtifact().getRevision())
            .references(release -> reference(release, ChartRefKind.OCI_REPOSITORY)));
  }

  private static Set<ObjectKey> reference(HelmRelease release, ChartRefKind kind) {
    if (release.getSpec().getChart() != null) {
      if (kind != ChartRefKind.HELM_CHART) {
        return Set.of();
      }
      ChartKey key = HelmChartTemplates.keyOf(release);
      return Set.of(new ObjectKey(key.namespace(), key.name()));
    }
    var ref = release.getSpec().getChartRef();
    if (ref == null || ref.getKind() != kind) {
      return Set.of();
    }
    String namespace =
        ref.getNamespace() == null || ref.getNamespace().isEmpty()
            ? release.getMetadata().getNamespace()
            : ref.getNamespace();
    return Set.of(new ObjectKey(namespace, ref.getName()));
  }
}
