package io.fluxjava.api.source;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.fluxjava.api.meta.JsonEnums;

/** How OCIRepository, HelmRepository and Bucket authenticate to cloud registries. */
public enum OCIProvider {
  @JsonProperty("generic")
  GENERIC,
  @JsonProperty("aws")
  AWS,
  @JsonProperty("azure")
  AZURE,
  @JsonProperty("gcp")
  GCP;

  /** Reads a JSON value; null when this version does not know it. */
  @JsonCreator
  public static OCIProvider fromJson(String value) {
    return JsonEnums.fromJson(OCIProvider.class, value);
  }
}
