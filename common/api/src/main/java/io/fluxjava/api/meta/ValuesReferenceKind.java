package io.fluxjava.api.meta;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/** Kinds a HelmRelease can read values from. */
public enum ValuesReferenceKind {
  @JsonProperty("Secret")
  SECRET,
  @JsonProperty("ConfigMap")
  CONFIG_MAP;

  /** Reads a JSON value; null when this version does not know it. */
  @JsonCreator
  public static ValuesReferenceKind fromJson(String value) {
    return JsonEnums.fromJson(ValuesReferenceKind.class, value);
  }
}
