package io.fluxjava.api.source;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.fluxjava.api.meta.JsonEnums;

/** Security token services a Bucket can get credentials from. */
public enum BucketSTSProvider {
  @JsonProperty("aws")
  AWS,
  @JsonProperty("ldap")
  LDAP;

  /** Reads a JSON value; null when this version does not know it. */
  @JsonCreator
  public static BucketSTSProvider fromJson(String value) {
    return JsonEnums.fromJson(BucketSTSProvider.class, value);
  }
}
