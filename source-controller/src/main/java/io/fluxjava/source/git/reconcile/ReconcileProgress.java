package io.fluxjava.source.git.reconcile;

import io.fluxjava.api.source.GitRepository;
import io.fluxjava.api.source.SourceConditionTypes;
import io.fluxjava.api.source.SourceReasons;
import io.fluxjava.runtime.ReconcileResult;
import io.fluxjava.runtime.conditions.ConditionTypes;
import io.fluxjava.runtime.conditions.Conditions;

/**
 * Upstream's progress conditions of a source reconcile: {@code Reconciling} while working, {@code
 * Ready} Unknown only when it was not known or drift was found, {@code ArtifactOutdated} for a new
 * upstream revision, and the success summary.
 */
final class ReconcileProgress {

  private final GitRepository obj;
  private final Conditions conditions;

  ReconcileProgress(GitRepository obj, Conditions conditions) {
    this.obj = obj;
    this.conditions = conditions;
  }

  void start() {
    long generation =
        obj.getMetadata().getGeneration() == null ? 0 : obj.getMetadata().getGeneration();
    Long observed = obj.getStatus().getObservedGeneration();
    String message =
        observed != null && observed != generation && observed > 0
            ? "processing object: new generation " + observed + " -> " + generation
            : "reconciliation in progress";
    conditions.markTrue(ConditionTypes.RECONCILING, ConditionTypes.REASON_PROGRESSING, message);
    boolean readyKnown =
        conditions
            .get(ConditionTypes.READY)
            .map(c -> !"Unknown".equals(c.getStatus()))
            .orElse(false);
    if (!readyKnown) {
      conditions.markUnknown(ConditionTypes.READY, ConditionTypes.REASON_PROGRESSING, message);
    }
  }

  void artifactDisappeared() {
    drift("building artifact: disappeared from storage");
    conditions.delete(SourceConditionTypes.ARTIFACT_IN_STORAGE);
  }

  /** Notes the revision just fetched; a different one than stored is drift. */
  void observedRevision(String revision) {
    if (obj.getStatus().getArtifact() == null) {
      drift("building artifact: new upstream revision '" + revision + "'");
    } else if (!revision.equals(obj.getStatus().getArtifact().getRevision())) {
      String message = "new upstream revision '" + revision + "'";
      conditions.markTrue(
          SourceConditionTypes.ARTIFACT_OUTDATED, SourceReasons.NEW_REVISION, message);
      drift("building artifact: " + message);
    }
  }

  ReconcileResult succeeded(String revision) {
    String message = "stored artifact for revision '" + revision + "'";
    conditions.delete(SourceConditionTypes.ARTIFACT_OUTDATED);
    conditions.markTrue(
        SourceConditionTypes.ARTIFACT_IN_STORAGE, ConditionTypes.REASON_SUCCEEDED, message);
    conditions.markTrue(ConditionTypes.READY, ConditionTypes.REASON_SUCCEEDED, message);
    return ReconcileResult.success();
  }

  private void drift(String message) {
    conditions.markTrue(ConditionTypes.RECONCILING, ConditionTypes.REASON_PROGRESSING, message);
    conditions.markUnknown(ConditionTypes.READY, ConditionTypes.REASON_PROGRESSING, message);
  }
}
