package io.fluxjava.api.source;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.fluxjava.api.meta.JsonEnums;

/** Object storage providers of a Bucket. */
public enum BucketProvider {
  @JsonProperty("generic")
  GENERIC,
  @JsonProperty("aws")
  AWS,
  @JsonProperty("gcp")
  GCP,
  @JsonProperty("azure")
  AZURE;

  /** Reads a JSON value; null when this version does not know it. */
  @JsonCreator
  public static BucketProvider fromJson(String value) {
    return JsonEnums.fromJson(BucketProvider.class, value);
  }
}
