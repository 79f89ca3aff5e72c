package io.fluxjava.api.source;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How OCIRepository, HelmRepository and Bucket authenticate to cloud registries. */
public enum OCIProvider {
  @JsonProperty("generic")
  GENERIC,
  @JsonProperty("aws")
  AWS,
  @JsonProperty("azure")
  AZURE,
  @JsonProperty("gcp")
  GCP
}
