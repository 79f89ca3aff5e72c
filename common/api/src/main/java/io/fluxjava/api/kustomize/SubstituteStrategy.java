package io.fluxjava.api.kustomize;

import com.fasterxml.jackson.annotation.JsonProperty;

/** When post-build variable substitution runs. */
public enum SubstituteStrategy {
  @JsonProperty("WithVariables")
  WITH_VARIABLES,
  @JsonProperty("Always")
  ALWAYS
}
