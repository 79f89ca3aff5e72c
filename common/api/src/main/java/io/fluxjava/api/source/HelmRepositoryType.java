package io.fluxjava.api.source;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Kinds of Helm repositories. */
public enum HelmRepositoryType {
  @JsonProperty("default")
  DEFAULT,
  @JsonProperty("oci")
  OCI
}
