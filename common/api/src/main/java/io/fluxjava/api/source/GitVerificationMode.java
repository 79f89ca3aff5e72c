package io.fluxjava.api.source;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Which Git objects must carry a valid signature. */
public enum GitVerificationMode {
  @JsonProperty("head")
  HEAD_LOWER_CASE,
  @JsonProperty("HEAD")
  HEAD,
  @JsonProperty("Tag")
  TAG,
  @JsonProperty("TagAndHEAD")
  TAG_AND_HEAD
}
