package io.fluxjava.notification.receivers;

import java.util.List;

/** What validation needs of a Receiver: type, secret token and the allowed {@code events}. */
public record ReceiverSettings(String type, String token, List<String> events) {

  public ReceiverSettings {
    events = events == null ? List.of() : List.copyOf(events);
  }

  /** True when {@code events} is empty or lists the event (case-insensitive). */
  public boolean allows(String event) {
    return events.isEmpty() || events.stream().anyMatch(allowed -> allowed.equalsIgnoreCase(event));
  }

  @Override
  public String toString() {
    return "ReceiverSettings[type=" + type + ", events=" + events + "]";
  }
}
