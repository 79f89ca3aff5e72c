package io.fluxjava.runtime.events;

import java.util.Map;

/** Records events about one object (see {@link FluxEventRecorder}). */
public interface ObjectEvents {

  /**
   * Records an event; {@code metadata} keys are given without prefix (e.g. {@code revision}) and
   * are posted prefixed with the object's API group.
   */
  void record(EventSeverity severity, String reason, String message, Map<String, String> metadata);

  /** An {@link EventSeverity#INFO} event without metadata. */
  default void normal(String reason, String message) {
    record(EventSeverity.INFO, reason, message, Map.of());
  }

  /** An {@link EventSeverity#ERROR} event without metadata. */
  default void warning(String reason, String message) {
    record(EventSeverity.ERROR, reason, message, Map.of());
  }

  /** An {@link EventSeverity#TRACE} event: a Kubernetes Event only. */
  default void trace(String reason, String message) {
    record(EventSeverity.TRACE, reason, message, Map.of());
  }
}
