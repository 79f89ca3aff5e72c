package io.fluxjava.api.helm;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Kinds a HelmRelease chartRef can point to. */
public enum ChartRefKind {
  @JsonProperty("OCIRepository")
  OCI_REPOSITORY,
  @JsonProperty("HelmChart")
  HELM_CHART,
  @JsonProperty("ExternalArtifact")
  EXTERNAL_ARTIFACT
}
