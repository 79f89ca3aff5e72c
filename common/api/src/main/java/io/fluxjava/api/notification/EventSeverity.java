package io.fluxjava.api.notification;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.fluxjava.api.meta.JsonEnums;

/** Severity of events an Alert forwards. */
public enum EventSeverity {
  @JsonProperty("info")
  INFO,
  @JsonProperty("error")
  ERROR;

  /** Reads a JSON value; null when this version does not know it. */
  @JsonCreator
  public static EventSeverity fromJson(String value) {
    return JsonEnums.fromJson(EventSeverity.class, value);
  }
}
