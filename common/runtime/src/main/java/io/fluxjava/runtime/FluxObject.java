package io.fluxjava.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Optional;

/**
 * The spec fields every Flux kind shares ({@code suspend}, {@code interval}, {@code
 * retryInterval}), read from an object's JSON form so that the runtime works for any kind without
 * knowing its class.
 */
public record FluxObject(JsonNode spec) {

  /** Whether {@code spec.suspend} is true. */
  public boolean suspended() {
    return spec.path("suspend").asBoolean(false);
  }

  /** {@code spec.interval}, when set. */
  public Optional<Duration> interval() {
    return duration("interval");
  }

  /** {@code spec.retryInterval}, when set. */
  public Optional<Duration> retryInterval() {
    return duration("retryInterval");
  }

  private Optional<Duration> duration(String field) {
    JsonNode value = spec.path(field);
    return value.isTextual() ? Optional.of(GoDuration.parse(value.asText())) : Optional.empty();
  }
}
