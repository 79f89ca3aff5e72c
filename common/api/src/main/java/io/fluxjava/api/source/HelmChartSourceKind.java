package io.fluxjava.api.source;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Kinds a HelmChart can take its chart from. */
public enum HelmChartSourceKind {
  @JsonProperty("HelmRepository")
  HELM_REPOSITORY,
  @JsonProperty("GitRepository")
  GIT_REPOSITORY,
  @JsonProperty("Bucket")
  BUCKET
}
