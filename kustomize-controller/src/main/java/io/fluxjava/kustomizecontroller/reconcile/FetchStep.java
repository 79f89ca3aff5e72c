package io.fluxjava.kustomizecontroller.reconcile;

import io.fluxjava.api.ConditionTypes;
import io.fluxjava.api.Reasons;
import io.fluxjava.api.kustomize.KustomizationReasons;
import io.fluxjava.artifact.ArtifactLease;
import io.fluxjava.artifact.ExtractedArtifactCache;
import io.fluxjava.runtime.GoDuration;
import io.fluxjava.runtime.ReconcileResult;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

/**
 * Leases the source artifact from the shared cache: downloaded, verified and extracted once per
 * digest, however many Kustomizations build from it.
 */
final class FetchStep implements ReconcileStep {

  private final ExtractedArtifactCache artifacts;

  FetchStep(ExtractedArtifactCache artifacts) {
    this.artifacts = artifacts;
  }

  @Override
  public Optional<ReconcileResult> run(KustomizationRun run) {
    run.conditions()
        .markUnknown(ConditionTypes.READY, Reasons.PROGRESSING, "Reconciliation in progress");
    Progress.mark(run, "Fetching manifests");
    try {
      Optional<ArtifactLease> lease =
          artifacts.acquire(run.artifact().getUrl(), run.artifact().getDigest());
      if (lease.isEmpty()) {
        Duration wait = run.context().options().requeueDependency();
        run.conditions()
            .markFalse(
                ConditionTypes.READY,
                KustomizationReasons.ARTIFACT_FAILED,
                "Source is not ready, artifact not found, retrying in " + GoDuration.format(wait));
        return Optional.of(ReconcileResult.requeueAfter(wait));
      }
      run.source(lease.get());
    } catch (IOException e) {
      return Optional.of(
          ReconcileResult.failure(KustomizationReasons.ARTIFACT_FAILED, e.getMessage()));
    }
    run.status().setLastAttemptedRevision(run.revision());
    return Optional.empty();
  }
}
