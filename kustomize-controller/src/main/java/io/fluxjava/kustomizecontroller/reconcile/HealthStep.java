package io.fluxjava.kustomizecontroller.reconcile;

import io.fluxjava.api.Reasons;
import io.fluxjava.api.kustomize.KustomizationConditionTypes;
import io.fluxjava.api.kustomize.KustomizationReasons;
import io.fluxjava.api.kustomize.KustomizationSpec;
import io.fluxjava.apply.Fabric8ClusterClient;
import io.fluxjava.apply.health.HealthCheckException;
import io.fluxjava.apply.health.HealthPoller;
import io.fluxjava.apply.health.StatusReader;
import io.fluxjava.apply.health.WaitOptions;
import io.fluxjava.kustomizecontroller.health.HealthCheckTargets;
import io.fluxjava.runtime.GoDuration;
import io.fluxjava.runtime.ReconcileResult;
import io.fluxjava.runtime.events.EventSeverity;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * With {@code wait} or {@code healthChecks}, polls the objects with kstatus (or the configured CEL
 * rules) until all are Current; the Healthy condition reports the outcome.
 */
final class HealthStep implements ReconcileStep {

  private final Duration pollInterval;
  private final boolean failFast;
  private final Clock clock;

  HealthStep(Duration pollInterval, boolean failFast, Clock clock) {
    this.pollInterval = pollInterval;
    this.failFast = failFast;
    this.clock = clock;
  }

  @Override
  public Optional<ReconcileResult> run(KustomizationRun run) throws InterruptedException {
    KustomizationSpec spec = run.kustomization().getSpec();
    if (!HealthCheckTargets.enabled(run.kustomization())) {
      run.conditions().delete(KustomizationConditionTypes.HEALTHY);
      return Optional.empty();
    }
    Progress.mark(run, "Running health checks");
    boolean wasHealthy = run.conditions().isTrue(KustomizationConditionTypes.HEALTHY);
    run.conditions()
        .markUnknown(
            KustomizationConditionTypes.HEALTHY,
            Reasons.PROGRESSING,
            "Running health checks for revision " + run.revision());
    StatusReader reader =
        new StatusReader(
            spec.getHealthCheckExprs() == null ? List.of() : spec.getHealthCheckExprs());
    HealthPoller poller = new HealthPoller(new Fabric8ClusterClient(run.target()), reader);
    Instant start = clock.instant();
    try {
      poller.waitForCurrent(
          HealthCheckTargets.of(run.kustomization(), run.applied()),
          new WaitOptions(pollInterval, run.timeout(), failFast));
    } catch (HealthCheckException e) {
      String message = "health check failed after " + elapsed(start) + ": " + e.getMessage();
      run.conditions()
          .markFalse(
              KustomizationConditionTypes.HEALTHY,
              KustomizationReasons.HEALTH_CHECK_FAILED,
              message);
      return Optional.of(
          ReconcileResult.failure(KustomizationReasons.HEALTH_CHECK_FAILED, message));
    }
    String passed = "Health check passed in " + elapsed(start);
    run.conditions().markTrue(KustomizationConditionTypes.HEALTHY, Reasons.SUCCEEDED, passed);
    if (!wasHealthy) {
      // upstream tells only about the transition to healthy, not every passing check
      run.context()
          .events()
          .record(
              EventSeverity.INFO,
              ApplyStep.currentReadyReason(run),
              passed,
              Map.of(EventKeys.REVISION, run.revision()));
    }
    return Optional.empty();
  }

  private String elapsed(Instant start) {
    return GoDuration.format(
        Duration.ofMillis(Duration.between(start, clock.instant()).toMillis()));
  }
}
