package io.fluxjava.kustomizecontroller;

import io.fluxjava.api.kustomize.Kustomization;
import io.fluxjava.api.kustomize.KustomizationReasons;
import io.fluxjava.kustomizecontroller.reconcile.InventoryCleanup;
import io.fluxjava.kustomizecontroller.reconcile.KustomizationRun;
import io.fluxjava.kustomizecontroller.reconcile.ReconcileStep;
import io.fluxjava.kustomizecontroller.reconcile.RunOutcome;
import io.fluxjava.kustomizecontroller.source.SourceWatches;
import io.fluxjava.runtime.DependencyWatch;
import io.fluxjava.runtime.FluxReconciler;
import io.fluxjava.runtime.ReconcileContext;
import io.fluxjava.runtime.ReconcileResult;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Reconciles Kustomizations: runs the steps (source, dependencies, fetch, build, apply, prune,
 * health) until one ends the run, then records the outcome; deletes the inventory on deletion.
 */
public final class KustomizationReconciler implements FluxReconciler<Kustomization> {

  private final List<ReconcileStep> steps;
  private final RunOutcome outcome;
  private final InventoryCleanup cleanup;
  private final Clock clock;

  public KustomizationReconciler(List<ReconcileStep> steps, InventoryCleanup cleanup, Clock clock) {
    this.steps = List.copyOf(steps);
    this.outcome = new RunOutcome(clock);
    this.cleanup = cleanup;
    this.clock = clock;
  }

  @Override
  public Class<Kustomization> resourceType() {
    return Kustomization.class;
  }

  @Override
  public ReconcileResult reconcile(Kustomization kustomization, ReconcileContext ctx) {
    try (KustomizationRun run = new KustomizationRun(kustomization, ctx, clock.instant())) {
      return outcome.record(run, runSteps(run).orElseGet(() -> outcome.succeed(run)));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return ReconcileResult.failure(
          KustomizationReasons.RECONCILIATION_FAILED, "reconciliation interrupted");
    }
  }

  private Optional<ReconcileResult> runSteps(KustomizationRun run) throws InterruptedException {
    for (ReconcileStep step : steps) {
      Optional<ReconcileResult> stop = step.run(run);
      if (stop.isPresent()) {
        return stop;
      }
    }
    return Optional.empty();
  }

  @Override
  public void cleanup(Kustomization kustomization, ReconcileContext ctx) {
    try {
      cleanup.cleanup(kustomization, ctx);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while deleting the inventory", e);
    }
  }

  @Override
  public List<DependencyWatch<?, Kustomization>> dependencies() {
    return SourceWatches.all();
  }
}
