package io.fluxjava.kustomizecontroller.reconcile;

import io.fluxjava.api.Reasons;
import io.fluxjava.api.kustomize.KustomizationSpec;
import io.fluxjava.api.meta.DependencyReference;
import io.fluxjava.apply.health.StatusReader;
import io.fluxjava.kustomizecontroller.dependency.ReadyExpression;
import io.fluxjava.runtime.ReconcileResult;
import java.util.Optional;

/** Stalls a Kustomization whose CEL expressions do not compile: no retry can fix them. */
final class ValidateExpressionsStep implements ReconcileStep {

  @Override
  public Optional<ReconcileResult> run(KustomizationRun run) {
    KustomizationSpec spec = run.kustomization().getSpec();
    try {
      if (spec.getHealthCheckExprs() != null) {
        new StatusReader(spec.getHealthCheckExprs());
      }
      if (spec.getDependsOn() != null) {
        for (DependencyReference dep : spec.getDependsOn()) {
          if (dep.getReadyExpr() != null && !dep.getReadyExpr().isBlank()) {
            new ReadyExpression(dep.getReadyExpr());
          }
        }
      }
      return Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.of(ReconcileResult.stalled(Reasons.INVALID_CEL_EXPRESSION, e.getMessage()));
    }
  }
}
