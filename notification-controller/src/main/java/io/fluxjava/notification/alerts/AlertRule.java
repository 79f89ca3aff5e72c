package io.fluxjava.notification.alerts;

import java.util.List;
import java.util.Map;

/** The parts of an Alert that decide which events it forwards and to which Provider. */
public record AlertRule(
    String namespace,
    String name,
    String providerName,
    String eventSeverity,
    List<EventSource> eventSources,
    List<String> inclusionList,
    List<String> exclusionList,
    Map<String, String> eventMetadata,
    String summary,
    boolean suspended) {

  /** Default of {@code spec.eventSeverity}. */
  public static final String DEFAULT_SEVERITY = "info";

  public AlertRule {
    eventSeverity =
        eventSeverity == null || eventSeverity.isEmpty() ? DEFAULT_SEVERITY : eventSeverity;
    eventSources = eventSources == null ? List.of() : List.copyOf(eventSources);
    inclusionList = inclusionList == null ? List.of() : List.copyOf(inclusionList);
    exclusionList = exclusionList == null ? List.of() : List.copyOf(exclusionList);
    eventMetadata = eventMetadata == null ? Map.of() : Map.copyOf(eventMetadata);
  }
}
