package io.fluxjava.api.source;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.fluxjava.api.meta.JsonEnums;

/** Kinds a HelmChart can take its chart from. */
public enum HelmChartSourceKind {
  @JsonProperty("HelmRepository")
  HELM_REPOSITORY,
  @JsonProperty("GitRepository")
  GIT_REPOSITORY,
  @JsonProperty("Bucket")
  BUCKET;

  /** Reads a JSON value; null when this version does not know it. */
  @JsonCreator
  public static HelmChartSourceKind fromJson(String value) {
    return JsonEnums.fromJson(HelmChartSourceKind.class, value);
  }
}
