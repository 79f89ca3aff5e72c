package io.fluxjava.api.helm;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.fluxjava.api.meta.JsonEnums;

/** Whether a HelmRelease corrects drift of its objects. */
public enum DriftDetectionMode {
  @JsonProperty("enabled")
  ENABLED,
  @JsonProperty("warn")
  WARN,
  @JsonProperty("disabled")
  DISABLED;

  /** Reads a JSON value; null when this version does not know it. */
  @JsonCreator
  public static DriftDetectionMode fromJson(String value) {
    return JsonEnums.fromJson(DriftDetectionMode.class, value);
  }
}
