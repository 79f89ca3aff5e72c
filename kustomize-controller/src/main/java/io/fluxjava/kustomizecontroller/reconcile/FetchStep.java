package io.fluxjava.kustomizecontroller.reconcile;

import io.fluxjava.api.ConditionTypes;
import io.fluxjava.api.Reasons;
import io.fluxjava.api.kustomize.KustomizationReasons;
import io.fluxjava.artifact.ArtifactFetcher;
import io.fluxjava.artifact.FetchResult;
import io.fluxjava.runtime.GoDuration;
import io.fluxjava.runtime.ReconcileResult;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Optional;

/** Downloads, verifies and extracts the source artifact into a fresh temporary directory. */
final class FetchStep implements ReconcileStep {

  private final ArtifactFetcher fetcher;

  FetchStep(ArtifactFetcher fetcher) {
    this.fetcher = fetcher;
  }

  @Override
  public Optional<ReconcileResult> run(KustomizationRun run) {
    run.conditions()
        .markUnknown(ConditionTypes.READY, Reasons.PROGRESSING, "Reconciliation in progress");
    Progress.mark(run, "Fetching manifests");
    try {
      run.workDir(Files.createTempDirectory("kustomization-"));
      FetchResult result =
          fetcher.fetch(run.artifact().getUrl(), run.artifact().getDigest(), run.workDir());
      if (result instanceof FetchResult.NotFound) {
        Duration wait = run.context().options().requeueDependency();
        run.conditions()
            .markFalse(
                ConditionTypes.READY,
                KustomizationReasons.ARTIFACT_FAILED,
                "Source is not ready, artifact not found, retrying in " + GoDuration.format(wait));
        return Optional.of(ReconcileResult.requeueAfter(wait));
      }
    } catch (IOException e) {
      return Optional.of(
          ReconcileResult.failure(KustomizationReasons.ARTIFACT_FAILED, e.getMessage()));
    }
    run.status().setLastAttemptedRevision(run.revision());
    return Optional.empty();
  }
}
