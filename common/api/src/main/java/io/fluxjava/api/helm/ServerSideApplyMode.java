package io.fluxjava.api.helm;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Whether upgrade and rollback use server-side apply. */
public enum ServerSideApplyMode {
  @JsonProperty("enabled")
  ENABLED,
  @JsonProperty("disabled")
  DISABLED,
  @JsonProperty("auto")
  AUTO
}
