package io.fluxjava.api.source;

import com.fasterxml.jackson.annotation.JsonProperty;

/** When a HelmChart builds a new chart artifact. */
public enum ReconcileStrategy {
  @JsonProperty("ChartVersion")
  CHART_VERSION,
  @JsonProperty("Revision")
  REVISION
}
