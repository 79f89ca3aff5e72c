package io.fluxjava.api.source;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.fluxjava.api.meta.JsonEnums;

/** Kinds of Helm repositories. */
public enum HelmRepositoryType {
  @JsonProperty("default")
  DEFAULT,
  @JsonProperty("oci")
  OCI;

  /** Reads a JSON value; null when this version does not know it. */
  @JsonCreator
  public static HelmRepositoryType fromJson(String value) {
    return JsonEnums.fromJson(HelmRepositoryType.class, value);
  }
}
