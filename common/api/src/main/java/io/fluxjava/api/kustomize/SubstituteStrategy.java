package io.fluxjava.api.kustomize;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.fluxjava.api.meta.JsonEnums;

/** When post-build variable substitution runs. */
public enum SubstituteStrategy {
  @JsonProperty("WithVariables")
  WITH_VARIABLES,
  @JsonProperty("Always")
  ALWAYS;

  /** Reads a JSON value; null when this version does not know it. */
  @JsonCreator
  public static SubstituteStrategy fromJson(String value) {
    return JsonEnums.fromJson(SubstituteStrategy.class, value);
  }
}
