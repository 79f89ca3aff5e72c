package io.fluxjava.api.helm;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Whether a HelmRelease corrects drift of its objects. */
public enum DriftDetectionMode {
  @JsonProperty("enabled")
  ENABLED,
  @JsonProperty("warn")
  WARN,
  @JsonProperty("disabled")
  DISABLED
}
