package io.fluxjava.api.source;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.fluxjava.api.meta.JsonEnums;

/** Which Git objects must carry a valid signature. */
public enum GitVerificationMode {
  @JsonProperty("head")
  HEAD_LOWER_CASE,
  @JsonProperty("HEAD")
  HEAD,
  @JsonProperty("Tag")
  TAG,
  @JsonProperty("TagAndHEAD")
  TAG_AND_HEAD;

  /** Reads a JSON value; null when this version does not know it. */
  @JsonCreator
  public static GitVerificationMode fromJson(String value) {
    return JsonEnums.fromJson(GitVerificationMode.class, value);
  }
}
