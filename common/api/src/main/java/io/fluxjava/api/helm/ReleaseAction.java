package io.fluxjava.api.helm;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Helm actions recorded in the status. */
public enum ReleaseAction {
  @JsonProperty("install")
  INSTALL,
  @JsonProperty("upgrade")
  UPGRADE
}
