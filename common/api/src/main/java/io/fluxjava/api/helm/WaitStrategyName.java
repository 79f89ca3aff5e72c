package io.fluxjava.api.helm;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.fluxjava.api.meta.JsonEnums;

/** How readiness of released objects is awaited. */
public enum WaitStrategyName {
  @JsonProperty("poller")
  POLLER,
  @JsonProperty("legacy")
  LEGACY;

  /** Reads a JSON value; null when this version does not know it. */
  @JsonCreator
  public static WaitStrategyName fromJson(String value) {
    return JsonEnums.fromJson(WaitStrategyName.class, value);
  }
}
