package io.fluxjava.notification.providers;

import io.fluxjava.notification.events.Event;

/** Sends one event to one external service; one implementation per Provider {@code spec.type}. */
@FunctionalInterface
public interface Notifier {

  /** Delivers the event or throws, saying whether a retry could help. */
  void post(Event event) throws NotificationException;
}
