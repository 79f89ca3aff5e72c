package io.fluxjava.api.helm;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What an upgrade remediation does. */
public enum RemediationStrategy {
  @JsonProperty("rollback")
  ROLLBACK,
  @JsonProperty("uninstall")
  UNINSTALL
}
