package io.fluxjava.api.source;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.fluxjava.api.meta.JsonEnums;

/** When a HelmChart builds a new chart artifact. */
public enum ReconcileStrategy {
  @JsonProperty("ChartVersion")
  CHART_VERSION,
  @JsonProperty("Revision")
  REVISION;

  /** Reads a JSON value; null when this version does not know it. */
  @JsonCreator
  public static ReconcileStrategy fromJson(String value) {
    return JsonEnums.fromJson(ReconcileStrategy.class, value);
  }
}
