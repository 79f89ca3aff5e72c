package io.fluxjava.api.helm;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.fluxjava.api.meta.JsonEnums;

/** What an upgrade remediation does. */
public enum RemediationStrategy {
  @JsonProperty("rollback")
  ROLLBACK,
  @JsonProperty("uninstall")
  UNINSTALL;

  /** Reads a JSON value; null when this version does not know it. */
  @JsonCreator
  public static RemediationStrategy fromJson(String value) {
    return JsonEnums.fromJson(RemediationStrategy.class, value);
  }
}
