package io.fluxjava.api.helm;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Which manifests post-renderers see. */
public enum PostRenderStrategy {
  @JsonProperty("nohooks")
  NO_HOOKS,
  @JsonProperty("combined")
  COMBINED,
  @JsonProperty("separate")
  SEPARATE
}
