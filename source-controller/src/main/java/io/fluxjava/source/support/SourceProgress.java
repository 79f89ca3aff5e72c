package io.fluxjava.source.support;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fluxjava.api.ConditionTypes;
import io.fluxjava.api.Reasons;
import io.fluxjava.api.ReconcileStatus;
import io.fluxjava.api.meta.Artifact;
import io.fluxjava.api.source.SourceConditionTypes;
import io.fluxjava.api.source.SourceReasons;
import io.fluxjava.runtime.ReconcileContext;
import io.fluxjava.runtime.ReconcileResult;
import io.fluxjava.runtime.conditions.Conditions;
import java.util.function.Supplier;

/**
 * Upstream's progress conditions of a source reconcile, for any source kind: {@code Reconciling}
 * while working, {@code Ready} Unknown only when it was not known or drift was found, {@code
 * ArtifactOutdated} for a new upstream revision, and the success summary.
 */
public final class SourceProgress {

  private final Conditions conditions;
  private final Supplier<Artifact> current;

  private SourceProgress(Conditions conditions, Supplier<Artifact> current) {
    this.conditions = conditions;
    this.current = current;
  }

  /**
   * Marks the start of a reconcile of {@code obj}, whose status is {@code status}; {@code current}
   * reads the artifact in that status.
   */
  public static SourceProgress start(
      ReconcileContext ctx, HasMetadata obj, ReconcileStatus status, Supplier<Artifact> current) {
    Conditions conditions = ctx.conditions();
    Long generation = obj.getMetadata().getGeneration();
    Long observedGeneration = status.getObservedGeneration();
    long gen = generation == null ? 0 : generation;
    String message =
        observedGeneration != null && observedGeneration > 0 && observedGeneration != gen
            ? "processing object: new generation " + observedGeneration + " -> " + gen
            : "reconciliation in progress";
    conditions.markTrue(ConditionTypes.RECONCILING, Reasons.PROGRESSING, message);
    boolean readyKnown =
        conditions
            .get(ConditionTypes.READY)
            .map(c -> !"Unknown".equals(c.getStatus()))
            .orElse(false);
    if (!readyKnown) {
      conditions.markUnknown(ConditionTypes.READY, Reasons.PROGRESSING, message);
    }
    return new SourceProgress(conditions, current);
  }

  /** The stored file vanished or no longer matched its digest. */
  public void artifactDisappeared() {
    drift("building artifact: disappeared from storage");
    conditions.delete(SourceConditionTypes.ARTIFACT_IN_STORAGE);
  }

  /** Notes the revision just fetched; one that differs from the stored artifact is drift. */
  public void observedRevision(String revision) {
    Artifact artifact = current.get();
    if (artifact == null) {
      drift("building artifact: new upstream revision '" + revision + "'");
    } else if (!revision.equals(artifact.getRevision())) {
      String message = "new upstream revision '" + revision + "'";
      conditions.markTrue(
          SourceConditionTypes.ARTIFACT_OUTDATED, SourceReasons.NEW_REVISION, message);
      drift("building artifact: " + message);
    }
  }

  /** Success: the artifact is in storage; Ready mirrors {@code ArtifactInStorage}. */
  public ReconcileResult succeeded(String reason, String message) {
    conditions.delete(SourceConditionTypes.ARTIFACT_OUTDATED);
    conditions.delete(SourceConditionTypes.FETCH_FAILED);
    conditions.delete(SourceConditionTypes.BUILD_FAILED);
    conditions.delete(SourceConditionTypes.STORAGE_OPERATION_FAILED);
    conditions.markTrue(SourceConditionTypes.ARTIFACT_IN_STORAGE, reason, message);
    conditions.markTrue(ConditionTypes.READY, reason, message);
    return ReconcileResult.success();
  }

  /**
   * A failure: the negative condition {@code conditionType} is set True, a warning event goes out,
   * and Ready becomes False with the same reason and message. The stored artifact stays.
   */
  public static ReconcileResult fail(
      ReconcileContext ctx, String conditionType, String reason, String message) {
    ctx.conditions().markTrue(conditionType, reason, message);
    ctx.events().warning(reason, message);
    return ReconcileResult.failure(reason, message);
  }

  /** A failure to fetch from upstream: {@code FetchFailed} with {@code reason}. */
  public static ReconcileResult fetchFailed(ReconcileContext ctx, String reason, String message) {
    return fail(ctx, SourceConditionTypes.FETCH_FAILED, reason, message);
  }

  /** The credentials or TLS material could not be read or used: {@code AuthenticationFailed}. */
  public static ReconcileResult authenticationFailed(ReconcileContext ctx, String message) {
    return fetchFailed(ctx, SourceReasons.AUTHENTICATION_FAILED, message);
  }

  /**
   * A spec this controller cannot serve ({@code InvalidProviderConfiguration}): {@code FetchFailed}
   * is set and the object stalls until it changes, without retries.
   */
  public static ReconcileResult invalidProvider(ReconcileContext ctx, String message) {
    ctx.conditions()
        .markTrue(
            SourceConditionTypes.FETCH_FAILED,
            SourceReasons.INVALID_PROVIDER_CONFIGURATION,
            message);
    return ReconcileResult.stalled(SourceReasons.INVALID_PROVIDER_CONFIGURATION, message);
  }

  private void drift(String message) {
    conditions.markTrue(ConditionTypes.RECONCILING, Reasons.PROGRESSING, message);
    conditions.markUnknown(ConditionTypes.READY, Reasons.PROGRESSING, message);
  }
}
