package io.fluxjava.api.notification;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Severity of events an Alert forwards. */
public enum EventSeverity {
  @JsonProperty("info")
  INFO,
  @JsonProperty("error")
  ERROR
}
