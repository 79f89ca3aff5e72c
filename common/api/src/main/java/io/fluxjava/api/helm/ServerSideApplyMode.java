package io.fluxjava.api.helm;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.fluxjava.api.meta.JsonEnums;

/** Whether upgrade and rollback use server-side apply. */
public enum ServerSideApplyMode {
  @JsonProperty("enabled")
  ENABLED,
  @JsonProperty("disabled")
  DISABLED,
  @JsonProperty("auto")
  AUTO;

  /** Reads a JSON value; null when this version does not know it. */
  @JsonCreator
  public static ServerSideApplyMode fromJson(String value) {
    return JsonEnums.fromJson(ServerSideApplyMode.class, value);
  }
}
