package io.fluxjava.api.helm;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.fluxjava.api.meta.JsonEnums;

/** Kinds a HelmRelease chartRef can point to. */
public enum ChartRefKind {
  @JsonProperty("OCIRepository")
  OCI_REPOSITORY,
  @JsonProperty("HelmChart")
  HELM_CHART,
  @JsonProperty("ExternalArtifact")
  EXTERNAL_ARTIFACT;

  /** Reads a JSON value; null when this version does not know it. */
  @JsonCreator
  public static ChartRefKind fromJson(String value) {
    return JsonEnums.fromJson(ChartRefKind.class, value);
  }
}
