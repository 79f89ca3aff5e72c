package io.fluxjava.api.helm;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.fluxjava.api.meta.JsonEnums;

/** Deletion propagation of uninstalled objects. */
public enum DeletionPropagation {
  @JsonProperty("background")
  BACKGROUND,
  @JsonProperty("foreground")
  FOREGROUND,
  @JsonProperty("orphan")
  ORPHAN;

  /** Reads a JSON value; null when this version does not know it. */
  @JsonCreator
  public static DeletionPropagation fromJson(String value) {
    return JsonEnums.fromJson(DeletionPropagation.class, value);
  }
}
