package io.fluxjava.notification.alerts;

import io.fluxjava.notification.events.Event;
import io.fluxjava.notification.events.MetadataFilter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Builds the metadata a provider receives: the {@code event.toolkit.fluxcd.io/} annotations, then
 * the Alert's {@code eventMetadata}, then its {@code summary}, then the emitter's own group keys,
 * all without prefixes. Later sources win, so an Alert can never override what the emitter said.
 */
public final class NotificationMetadata {

  /** Metadata key under which the Alert's deprecated {@code summary} travels. */
  public static final String SUMMARY_KEY = "summary";

  private NotificationMetadata() {}

  /** The event as the Alert's provider should see it. */
  public static Event compose(Event event, AlertRule alert) {
    return composeWithConflicts(event, alert).event();
  }

  /** The composed event, and the keys a later source overrode (upstream warns about them). */
  public record Composed(Event event, Set<String> conflicts) {}

  /** Like {@link #compose}, also naming the keys that were set by more than one source. */
  public static Composed composeWithConflicts(Event event, AlertRule alert) {
    String groupPrefix = event.involvedObject().group() + "/";
    Map<String, String> fromAnnotations = new TreeMap<>();
    Map<String, String> fromEmitter = new TreeMap<>();
    event
        .metadata()
        .forEach(
            (key, value) -> {
              if (key.startsWith(MetadataFilter.EVENT_PREFIX)) {
                fromAnnotations.put(key.substring(MetadataFilter.EVENT_PREFIX.length()), value);
              } else if (key.startsWith(groupPrefix)) {
                fromEmitter.put(key.substring(groupPrefix.length()), value);
              }
            });
    Map<String, String> fromAlert = new TreeMap<>(alert.eventMetadata());
    if (alert.summary() != null && !alert.summary().isEmpty()) {
      fromAlert.put(SUMMARY_KEY, alert.summary());
    }
    Map<String, String> combined = new TreeMap<>();
    Set<String> conflicts = new TreeSet<>();
    for (Map<String, String> source : List.of(fromAnnotations, fromAlert, fromEmitter)) {
      source.forEach(
          (key, value) -> {
            String previous = combined.put(key, value);
            if (previous != null && !previous.equals(value)) {
              conflicts.add(key);
            }
          });
    }
    return new Composed(event.withMetadata(combined), conflicts);
  }
}
