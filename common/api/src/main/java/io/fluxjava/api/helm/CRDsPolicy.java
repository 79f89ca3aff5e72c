package io.fluxjava.api.helm;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.fluxjava.api.meta.JsonEnums;

/** How CRDs of a chart are handled. */
public enum CRDsPolicy {
  @JsonProperty("Skip")
  SKIP,
  @JsonProperty("Create")
  CREATE,
  @JsonProperty("CreateReplace")
  CREATE_REPLACE;

  /** Reads a JSON value; null when this version does not know it. */
  @JsonCreator
  public static CRDsPolicy fromJson(String value) {
    return JsonEnums.fromJson(CRDsPolicy.class, value);
  }
}
