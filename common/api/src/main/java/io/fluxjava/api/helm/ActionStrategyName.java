package io.fluxjava.api.helm;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.fluxjava.api.meta.JsonEnums;

/** How install and upgrade failures are handled. */
public enum ActionStrategyName {
  @JsonProperty("RemediateOnFailure")
  REMEDIATE_ON_FAILURE,
  @JsonProperty("RetryOnFailure")
  RETRY_ON_FAILURE;

  /** Reads a JSON value; null when this version does not know it. */
  @JsonCreator
  public static ActionStrategyName fromJson(String value) {
    return JsonEnums.fromJson(ActionStrategyName.class, value);
  }
}
