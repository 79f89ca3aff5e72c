package io.fluxjava.api.helm;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How CRDs of a chart are handled. */
public enum CRDsPolicy {
  @JsonProperty("Skip")
  SKIP,
  @JsonProperty("Create")
  CREATE,
  @JsonProperty("CreateReplace")
  CREATE_REPLACE
}
