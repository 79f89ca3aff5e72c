package io.fluxjava.api.helm;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Deletion propagation of uninstalled objects. */
public enum DeletionPropagation {
  @JsonProperty("background")
  BACKGROUND,
  @JsonProperty("foreground")
  FOREGROUND,
  @JsonProperty("orphan")
  ORPHAN
}
