package io.fluxjava.api.kustomize;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.fluxjava.api.meta.JsonEnums;

/** Kinds post-build variables can come from. */
public enum SubstituteReferenceKind {
  @JsonProperty("Secret")
  SECRET,
  @JsonProperty("ConfigMap")
  CONFIG_MAP;

  /** Reads a JSON value; null when this version does not know it. */
  @JsonCreator
  public static SubstituteReferenceKind fromJson(String value) {
    return JsonEnums.fromJson(SubstituteReferenceKind.class, value);
  }
}
