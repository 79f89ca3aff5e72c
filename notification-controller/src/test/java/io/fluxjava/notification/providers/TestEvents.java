package io.fluxjava.notification.providers;

import io.fluxjava.notification.events.Event;
import io.fluxjava.notification.events.InvolvedObject;
import java.util.Map;

/** Events as the providers receive them (metadata already composed, prefixes stripped). */
public final class TestEvents {

  public static final String COMMIT = "4f1a2b3c4d5e6f708192a3b4c5d6e7f809a1b2c3";

  private TestEvents() {}

  /** A Kustomization event with the given severity, reason and metadata. */
  public static Event kustomization(String severity, String reason, Map<String, String> metadata) {
    return new Event(
        new InvolvedObject(
            "Kustomization",
            "flux-system",
            "apps",
            "7f2c6c3e-1111-2222-3333-444455556666",
            "kustomize.toolkit.fluxcd.io/v1",
            null,
            null),
        severity,
        "2026-08-01T10:00:00Z",
        "Reconciliation finished in 1.2s, next run in 10m0s",
        reason,
        metadata,
        "kustomize-controller",
        "kustomize-controller-7c9d");
  }

  /** An info ReconciliationSucceeded event with a revision. */
  public static Event succeeded() {
    return kustomization(
        Event.SEVERITY_INFO, "ReconciliationSucceeded", Map.of("revision", "main@sha1:" + COMMIT));
  }

  /** An error event with a revision. */
  public static Event failed() {
    return kustomization(
        Event.SEVERITY_ERROR, "ReconciliationFailed", Map.of("revision", "main@sha1:" + COMMIT));
  }
}
