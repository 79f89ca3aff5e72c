package io.fluxjava.api.source;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How GitRepository authenticates to the Git server. */
public enum GitProvider {
  @JsonProperty("generic")
  GENERIC,
  @JsonProperty("aws")
  AWS,
  @JsonProperty("azure")
  AZURE,
  @JsonProperty("github")
  GITHUB
}
