package io.fluxjava.notification.alerts;

/** Dispatcher counters: delivered, failed after every attempt, dropped on a full queue. */
public record DispatchStats(long delivered, long failed, long dropped) {}
