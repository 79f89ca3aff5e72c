package io.fluxjava.api.source;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.fluxjava.api.meta.JsonEnums;

/** How GitRepository authenticates to the Git server. */
public enum GitProvider {
  @JsonProperty("generic")
  GENERIC,
  @JsonProperty("aws")
  AWS,
  @JsonProperty("azure")
  AZURE,
  @JsonProperty("github")
  GITHUB;

  /** Reads a JSON value; null when this version does not know it. */
  @JsonCreator
  public static GitProvider fromJson(String value) {
    return JsonEnums.fromJson(GitProvider.class, value);
  }
}
