package io.fluxjava.kustomizecontroller.reconcile;

import io.fluxjava.api.ConditionTypes;
import io.fluxjava.api.Reasons;
import io.fluxjava.kustomizecontroller.dependency.DependencyChecker;
import io.fluxjava.kustomizecontroller.source.SourceResolver;
import io.fluxjava.runtime.GoDuration;
import io.fluxjava.runtime.ReconcileResult;
import io.fluxjava.runtime.events.EventSeverity;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** Waits, {@code --requeue-dependency} at a time, until every {@code dependsOn} is ready. */
final class DependencyStep implements ReconcileStep {

  private final DependencyChecker checker;

  DependencyStep(DependencyChecker checker) {
    this.checker = checker;
  }

  @Override
  public Optional<ReconcileResult> run(KustomizationRun run) {
    Optional<String> notReady;
    try {
      notReady = checker.notReady(run.kustomization(), run.artifact());
    } catch (SourceResolver.AccessDeniedException e) {
      return Optional.of(ReconcileResult.stalled(Reasons.ACCESS_DENIED, e.getMessage()));
    } catch (IllegalStateException e) {
      notReady = Optional.of(e.getMessage());
    }
    if (notReady.isEmpty()) {
      return Optional.empty();
    }
    Duration wait = run.context().options().requeueDependency();
    run.conditions().markFalse(ConditionTypes.READY, Reasons.DEPENDENCY_NOT_READY, notReady.get());
    run.context()
        .events()
        .record(
            EventSeverity.INFO,
            Reasons.DEPENDENCY_NOT_READY,
            "Dependencies do not meet ready condition, retrying in " + GoDuration.format(wait),
            Map.of(EventKeys.REVISION, run.revision()));
    return Optional.of(ReconcileResult.requeueAfter(wait));
  }
}
