package io.fluxjava.api.helm;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.fluxjava.api.meta.JsonEnums;

/** Which manifests post-renderers see. */
public enum PostRenderStrategy {
  @JsonProperty("nohooks")
  NO_HOOKS,
  @JsonProperty("combined")
  COMBINED,
  @JsonProperty("separate")
  SEPARATE;

  /** Reads a JSON value; null when this version does not know it. */
  @JsonCreator
  public static PostRenderStrategy fromJson(String value) {
    return JsonEnums.fromJson(PostRenderStrategy.class, value);
  }
}
