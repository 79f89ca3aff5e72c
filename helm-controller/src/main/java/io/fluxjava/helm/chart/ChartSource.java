package io.fluxjava.helm.chart;

import io.fluxjava.api.meta.Artifact;
import java.util.Optional;

/**
 * The source a HelmRelease takes its chart from, and its artifact once there is one.
 *
 * @param kind {@code HelmChart} or {@code OCIRepository}
 * @param key namespace and name of the source object
 * @param artifact the artifact to download, empty while the source has none
 * @param notReadyMessage why there is no artifact yet
 */
public record ChartSource(
    String kind, ChartKey key, Optional<Artifact> artifact, String notReadyMessage) {

  /** {@code "<namespace>/<name>"}, as upstream writes {@code status.helmChart}. */
  public String reference() {
    return key.toString();
  }

  /** True for sources whose revision is an OCI digest (the chart version comes from the chart). */
  public boolean isOci() {
    return ChartSources.OCI_REPOSITORY.equals(kind);
  }
}
