package io.fluxjava.kustomizecontroller.reconcile;

import io.fluxjava.api.ConditionTypes;
import io.fluxjava.api.Reasons;
import io.fluxjava.api.kustomize.KustomizationReasons;
import io.fluxjava.api.kustomize.KustomizationStatus;
import io.fluxjava.kustomizecontroller.status.History;
import io.fluxjava.runtime.GoDuration;
import io.fluxjava.runtime.ReconcileResult;
import io.fluxjava.runtime.events.EventSeverity;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * How a run ends: on success the applied revision and {@code Applied revision: <rev>}; in every
 * case after a build the history snapshot, and the event upstream sends for the outcome.
 */
public final class RunOutcome {

  private static final Set<String> HISTORY_STATUSES =
      Set.of(
          KustomizationReasons.RECONCILIATION_SUCCEEDED,
          KustomizationReasons.RECONCILIATION_FAILED,
          KustomizationReasons.PRUNE_FAILED,
          KustomizationReasons.HEALTH_CHECK_FAILED);

  private final Clock clock;

  public RunOutcome(Clock clock) {
    this.clock = clock;
  }

  /** Marks the run's revision as applied and the Kustomization Ready. */
  public ReconcileResult succeed(KustomizationRun run) {
    KustomizationStatus status = run.status();
    status.setLastAppliedRevision(run.revision());
    status.setLastAppliedOriginRevision(originRevision(run));
    run.conditions()
        .markTrue(
            ConditionTypes.READY,
            KustomizationReasons.RECONCILIATION_SUCCEEDED,
            "Applied revision: " + run.revision());
    return ReconcileResult.success();
  }

  /**
   * Records history, conditions and events for a run that ended with {@code result}, and returns
   * what the runtime should do next: a failure is retried after {@code spec.retryInterval} (else
   * {@code spec.interval}), as upstream does, rather than with backoff.
   */
  public ReconcileResult record(KustomizationRun run, ReconcileResult result) {
    Instant now = clock.instant();
    Duration took = Duration.between(run.started(), now);
    String reason =
        result
            .reason()
            .orElse(
                result.outcome() == ReconcileResult.Outcome.SUCCESS
                    ? KustomizationReasons.RECONCILIATION_SUCCEEDED
                    : "");
    if (run.build() != null && HISTORY_STATUSES.contains(reason)) {
      run.status()
          .setHistory(
              History.upsert(
                  run.status().getHistory(),
                  run.build().digest(),
                  reason,
                  now,
                  took,
                  metadata(run)));
    }
    switch (result.outcome()) {
      case SUCCESS ->
          run.context()
              .events()
              .record(
                  EventSeverity.INFO,
                  reason,
                  "Reconciliation finished in "
                      + GoDuration.format(Duration.ofMillis(took.toMillis()))
                      + ", next run in "
                      + GoDuration.format(
                          GoDuration.parse(run.kustomization().getSpec().getInterval())),
                  withCommitStatus(metadata(run)));
      case FAILURE -> {
        run.conditions().markFalse(ConditionTypes.READY, reason, result.message().orElse(""));
        retryLater(run);
        run.context()
            .events()
            .record(EventSeverity.ERROR, reason, result.message().orElse(""), metadata(run));
        return ReconcileResult.requeueAfter(Timeouts.retryInterval(run.kustomization().getSpec()));
      }
      case STALLED ->
          run.context()
              .events()
              .record(EventSeverity.ERROR, reason, result.message().orElse(""), metadata(run));
      case REQUEUE -> retryLater(run);
    }
    return result;
  }

  /** A run that waits keeps Reconciling, as upstream, with the retry reason. */
  private static void retryLater(KustomizationRun run) {
    if (run.conditions().isFalse(ConditionTypes.READY)) {
      run.conditions()
          .get(ConditionTypes.RECONCILING)
          .ifPresent(
              c ->
                  run.conditions()
                      .markTrue(
                          ConditionTypes.RECONCILING,
                          Reasons.PROGRESSING_WITH_RETRY,
                          c.getMessage()));
    }
  }

  private static Map<String, String> metadata(KustomizationRun run) {
    Map<String, String> metadata = new HashMap<>();
    metadata.put(EventKeys.REVISION, run.revision());
    String origin = originRevision(run);
    if (origin != null) {
      metadata.put(EventKeys.ORIGIN_REVISION, origin);
    }
    return metadata;
  }

  private static Map<String, String> withCommitStatus(Map<String, String> metadata) {
    Map<String, String> all = new HashMap<>(metadata);
    all.put(EventKeys.COMMIT_STATUS, EventKeys.COMMIT_STATUS_UPDATE);
    return all;
  }

  private static String originRevision(KustomizationRun run) {
    return run.artifact() == null || run.artifact().getMetadata() == null
        ? null
        : run.artifact().getMetadata().get(EventKeys.OCI_REVISION_ANNOTATION);
  }
}
