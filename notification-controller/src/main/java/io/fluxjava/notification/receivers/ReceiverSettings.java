package io.fluxjava.notification.receivers;

import java.util.List;

/** What validation needs of a Receiver: type, secret token and the allowed {@code events}. */
public record ReceiverSettings(String type, String token, List<String> events) {

  public ReceiverSettings {
    events = events == null ? List.of() : List.copyOf(events);
  }

  /**
   * Rejects an event that {@code events} does not allow, naming it as upstream does: "the {@code
   * <what>} '{@code <event>}' is not authorised".
   */
  public void requireAllowed(String event, String what) throws WebhookRejectedException {
    if (!allows(event)) {
      throw new WebhookRejectedException("the " + what + " '" + event + "' is not authorised");
    }
  }

  // an empty list allows every event; names compare case-insensitively
  private boolean allows(String event) {
    return events.isEmpty() || events.stream().anyMatch(allowed -> allowed.equalsIgnoreCase(event));
  }

  @Override
  public String toString() {
    return "ReceiverSettings[type=" + type + ", events=" + events + "]";
  }
}
