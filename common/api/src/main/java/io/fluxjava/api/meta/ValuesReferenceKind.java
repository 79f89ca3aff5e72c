package io.fluxjava.api.meta;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Kinds a HelmRelease can read values from. */
public enum ValuesReferenceKind {
  @JsonProperty("Secret")
  SECRET,
  @JsonProperty("ConfigMap")
  CONFIG_MAP
}
