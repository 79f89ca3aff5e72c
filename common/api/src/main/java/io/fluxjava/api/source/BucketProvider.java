package io.fluxjava.api.source;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Object storage providers of a Bucket. */
public enum BucketProvider {
  @JsonProperty("generic")
  GENERIC,
  @JsonProperty("aws")
  AWS,
  @JsonProperty("gcp")
  GCP,
  @JsonProperty("azure")
  AZURE
}
