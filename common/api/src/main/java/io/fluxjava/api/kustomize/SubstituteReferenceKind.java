package io.fluxjava.api.kustomize;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Kinds post-build variables can come from. */
public enum SubstituteReferenceKind {
  @JsonProperty("Secret")
  SECRET,
  @JsonProperty("ConfigMap")
  CONFIG_MAP
}
