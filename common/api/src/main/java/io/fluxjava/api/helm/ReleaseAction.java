package io.fluxjava.api.helm;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.fluxjava.api.meta.JsonEnums;

/** Helm actions recorded in the status. */
public enum ReleaseAction {
  @JsonProperty("install")
  INSTALL,
  @JsonProperty("upgrade")
  UPGRADE;

  /** Reads a JSON value; null when this version does not know it. */
  @JsonCreator
  public static ReleaseAction fromJson(String value) {
    return JsonEnums.fromJson(ReleaseAction.class, value);
  }
}
