package io.fluxjava.api.source;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Security token services a Bucket can get credentials from. */
public enum BucketSTSProvider {
  @JsonProperty("aws")
  AWS,
  @JsonProperty("ldap")
  LDAP
}
