package io.fluxjava.api.helm;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How readiness of released objects is awaited. */
public enum WaitStrategyName {
  @JsonProperty("poller")
  POLLER,
  @JsonProperty("legacy")
  LEGACY
}
