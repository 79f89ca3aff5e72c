package io.fluxjava.api.source;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Signature verification tools for OCI artifacts and Helm charts. */
public enum VerificationProvider {
  @JsonProperty("cosign")
  COSIGN,
  @JsonProperty("notation")
  NOTATION
}
