package io.fluxjava.api.helm;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How install and upgrade failures are handled. */
public enum ActionStrategyName {
  @JsonProperty("RemediateOnFailure")
  REMEDIATE_ON_FAILURE,
  @JsonProperty("RetryOnFailure")
  RETRY_ON_FAILURE
}
