package io.fluxjava.source.support;

import io.fabric8.kubernetes.client.CustomResource;
import io.fluxjava.api.ReconcileStatus;
import io.fluxjava.api.meta.Artifact;
import io.fluxjava.runtime.FluxReconciler;
import io.fluxjava.runtime.ReconcileContext;
import io.fluxjava.runtime.ReconcileResult;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The frame every source kind's reconciler shares: starts the progress conditions, keeps the stored
 * artifact only while its file is intact, and removes the object's files on deletion; the kind
 * fetches and stores in {@link #reconcileSource}.
 *
 * @param <T> the source kind
 * @param <S> its status
 */
public abstract class SourceReconciler<T extends CustomResource<?, S>, S extends ReconcileStatus>
    implements FluxReconciler<T> {

  private final String kind;
  private final Class<T> type;
  private final StoredArtifacts artifacts;

  protected SourceReconciler(String kind, Class<T> type, StoredArtifacts artifacts) {
    this.kind = kind;
    this.type = type;
    this.artifacts = artifacts;
  }

  @Override
  public final Class<T> resourceType() {
    return type;
  }

  @Override
  public final ReconcileResult reconcile(T obj, ReconcileContext ctx) {
    if (obj.getStatus() == null) {
      obj.setStatus(newStatus());
    }
    S status = obj.getStatus();
    SourceProgress progress = SourceProgress.start(ctx, obj, status, () -> artifactOf(status));
    publish(status, artifacts.recover(artifactOf(status), ctx, progress));
    try {
      return reconcileSource(obj, ctx, progress);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void cleanup(T obj, ReconcileContext ctx) {
    artifacts.removeAll(kind, obj);
    if (obj.getStatus() != null) {
      publish(obj.getStatus(), null);
    }
  }

  /** The stored artifacts of every kind. */
  protected final StoredArtifacts artifacts() {
    return artifacts;
  }

  /** An empty status of the kind. */
  protected abstract S newStatus();

  /** The artifact in {@code status}. */
  protected abstract Artifact artifactOf(S status);

  /** Sets the artifact in {@code status}; null also clears what points at it (the URL). */
  protected abstract void publish(S status, Artifact artifact);

  /**
   * Fetches, verifies and stores the object's source; the status holds the intact stored artifact
   * or none. An {@link IOException} is a storage failure that the runner retries.
   */
  protected abstract ReconcileResult reconcileSource(
      T obj, ReconcileContext ctx, SourceProgress progress) throws IOException;
}
