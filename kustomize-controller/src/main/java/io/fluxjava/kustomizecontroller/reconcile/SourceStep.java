package io.fluxjava.kustomizecontroller.reconcile;

import io.fluxjava.api.ConditionTypes;
import io.fluxjava.api.Reasons;
import io.fluxjava.api.kustomize.KustomizationReasons;
import io.fluxjava.api.source.ArtifactSource;
import io.fluxjava.kustomizecontroller.source.SourceResolver;
import io.fluxjava.runtime.GoDuration;
import io.fluxjava.runtime.ReconcileResult;
import java.time.Duration;
import java.util.Optional;

/** Finds the source and its artifact; waits while either is missing. */
final class SourceStep implements ReconcileStep {

  private final SourceResolver resolver;

  SourceStep(SourceResolver resolver) {
    this.resolver = resolver;
  }

  @Override
  public Optional<ReconcileResult> run(KustomizationRun run) {
    Optional<ArtifactSource> source;
    try {
      source = resolver.resolve(run.kustomization(), run.context().client());
    } catch (SourceResolver.AccessDeniedException e) {
      return Optional.of(ReconcileResult.stalled(Reasons.ACCESS_DENIED, e.getMessage()));
    }
    if (source.isEmpty()) {
      notReady(run, SourceResolver.notFoundMessage(run.kustomization()));
      return Optional.of(
          ReconcileResult.requeueAfter(Timeouts.retryInterval(run.kustomization().getSpec())));
    }
    if (source.get().artifact() == null) {
      Duration wait = run.context().options().requeueDependency();
      notReady(run, "Source artifact not found, retrying in " + GoDuration.format(wait));
      return Optional.of(ReconcileResult.requeueAfter(wait));
    }
    run.artifact(source.get().artifact());
    return Optional.empty();
  }

  private static void notReady(KustomizationRun run, String message) {
    run.conditions().markFalse(ConditionTypes.READY, KustomizationReasons.ARTIFACT_FAILED, message);
  }
}
