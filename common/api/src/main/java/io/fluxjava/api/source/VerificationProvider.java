package io.fluxjava.api.source;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.fluxjava.api.meta.JsonEnums;

/** Signature verification tools for OCI artifacts and Helm charts. */
public enum VerificationProvider {
  @JsonProperty("cosign")
  COSIGN,
  @JsonProperty("notation")
  NOTATION;

  /** Reads a JSON value; null when this version does not know it. */
  @JsonCreator
  public static VerificationProvider fromJson(String value) {
    return JsonEnums.fromJson(VerificationProvider.class, value);
  }
}
