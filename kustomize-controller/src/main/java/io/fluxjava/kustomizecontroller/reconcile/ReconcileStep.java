package io.fluxjava.kustomizecontroller.reconcile;

import io.fluxjava.runtime.ReconcileResult;
import java.util.Optional;

/** One step of a Kustomization reconcile. */
public interface ReconcileStep {

  /**
   * Does the step's work on the run.
   *
   * @return a result to end the reconcile with, or empty to go on with the next step
   */
  Optional<ReconcileResult> run(KustomizationRun run) throws InterruptedException;
}
