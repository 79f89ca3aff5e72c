package io.fluxjava.notification.alerts;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The JSON spelling of the API model's enums (e.g. {@code GIT_REPOSITORY} → "GitRepository"). */
public final class WireNames {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private WireNames() {}

  /** The enum's {@code @JsonProperty} name; empty for null. */
  public static String of(Enum<?> value) {
    return value == null ? "" : MAPPER.convertValue(value, String.class);
  }
}
