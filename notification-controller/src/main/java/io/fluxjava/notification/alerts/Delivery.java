package io.fluxjava.notification.alerts;

import io.fluxjava.notification.events.Event;
import io.fluxjava.notification.providers.NotificationException;
import io.fluxjava.notification.providers.Notifier;
import java.util.function.Consumer;

/**
 * One event for one Provider: the queue key ({@code namespace/name} of the Provider), the notifier
 * built from it, and what to do when every attempt failed.
 */
public record Delivery(
    String providerKey,
    Notifier notifier,
    Event event,
    Consumer<NotificationException> onFailure) {}
