package io.fluxjava.notification.alerts;

import io.fluxjava.notification.providers.Notifier;

/** A Provider ready to receive: its queue key, type, suspension and notifier. */
public record ProviderTarget(String key, String type, boolean suspended, Notifier notifier) {}
