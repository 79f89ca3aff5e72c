package io.fluxjava.source.helm;

import io.fluxjava.api.ConditionTypes;
import io.fluxjava.api.Reasons;
import io.fluxjava.api.meta.Artifact;
import io.fluxjava.api.source.HelmRepository;
import io.fluxjava.api.source.HelmRepositoryStatus;
import io.fluxjava.api.source.HelmRepositoryType;
import io.fluxjava.api.source.SourceConditionTypes;
import io.fluxjava.api.source.SourceReasons;
import io.fluxjava.runtime.ReconcileContext;
import io.fluxjava.runtime.ReconcileResult;
import io.fluxjava.source.oci.OciReference;
import io.fluxjava.source.oci.RegistryClient;
import io.fluxjava.source.storage.ArtifactLocation;
import io.fluxjava.source.storage.RetentionPolicy;
import io.fluxjava.source.storage.StoredArtifact;
import io.fluxjava.source.support.SecretData;
import io.fluxjava.source.support.SourceProgress;
import io.fluxjava.source.support.SourceReconciler;
import io.fluxjava.source.support.StoredArtifacts;
import java.io.IOException;
import java.security.GeneralSecurityException;

/**
 * Reconciles HelmRepository objects: for the default type, fetches {@code index.yaml}, stores it
 * normalised as {@code index-<hex>.yaml} with revision {@code sha256:<hex>}; for {@code type: oci},
 * stores nothing and reports whether the registry answers with the given credentials. A failure
 * keeps the previous artifact.
 */
public final class HelmRepositoryReconciler
    extends SourceReconciler<HelmRepository, HelmRepositoryStatus> {

  static final String KIND = "HelmRepository";
  static final String INDEX_LINK = "index.yaml";
  static final String OCI_READY_MESSAGE = "Helm repository is Ready";

  private final RetentionPolicy retention;
  private final RepositoryAccess access;
  private final long indexMaxSize;

  HelmRepositoryReconciler(
      StoredArtifacts artifacts,
      RetentionPolicy retention,
      RepositoryAccess access,
      long indexMaxSize) {
    super(KIND, HelmRepository.class, artifacts);
    this.retention = retention;
    this.access = access;
    this.indexMaxSize = indexMaxSize;
  }

  @Override
  protected HelmRepositoryStatus newStatus() {
    return new HelmRepositoryStatus();
  }

  @Override
  protected Artifact artifactOf(HelmRepositoryStatus status) {
    return status.getArtifact();
  }

  @Override
  protected void publish(HelmRepositoryStatus status, Artifact artifact) {
    status.setArtifact(artifact);
    if (artifact == null) {
      status.setUrl(null);
    }
  }

  @Override
  protected ReconcileResult reconcileSource(
      HelmRepository obj, ReconcileContext ctx, SourceProgress progress) throws IOException {
    if (obj.getSpec().getType() == HelmRepositoryType.OCI) {
      return checkRegistry(obj, ctx);
    }
    return fetchAndStore(obj, ctx, progress);
  }

  private ReconcileResult fetchAndStore(
      HelmRepository obj, ReconcileContext ctx, SourceProgress progress) throws IOException {
    ChartRepositoryClient client;
    try {
      client = new ChartRepositoryClient(access.http(obj));
    } catch (IllegalArgumentException e) {
      return SourceProgress.fetchFailed(ctx, SourceReasons.URL_INVALID, e.getMessage());
    } catch (SecretData.SecretException | GeneralSecurityException e) {
      return SourceProgress.authenticationFailed(ctx, e.getMessage());
    }
    IndexFetch fetched;
    try {
      fetched = IndexFetch.from(client, indexMaxSize);
    } catch (IOException e) {
      return SourceProgress.fetchFailed(
          ctx, Reasons.FAILED, "failed to fetch Helm repository index: " + e.getMessage());
    }
    progress.observedRevision(fetched.revision());
    HelmRepositoryStatus status = obj.getStatus();
    if (status.getArtifact() == null
        || !fetched.revision().equals(status.getArtifact().getRevision())) {
      try {
        store(obj, ctx, fetched);
      } catch (IOException e) {
        return SourceProgress.fail(
            ctx,
            SourceConditionTypes.STORAGE_OPERATION_FAILED,
            SourceReasons.ARCHIVE_OPERATION_FAILED,
            "unable to save artifact to storage: " + e.getMessage());
      }
    }
    return progress.succeeded(
        Reasons.SUCCEEDED,
        "stored artifact: revision '" + status.getArtifact().getRevision() + "'");
  }

  private void store(HelmRepository obj, ReconcileContext ctx, IndexFetch fetched)
      throws IOException {
    ArtifactLocation location =
        StoredArtifacts.location(KIND, obj, "index-" + fetched.hex() + ".yaml");
    StoredArtifact stored =
        artifacts()
            .storage()
            .store(location, fetched.revision(), out -> out.write(fetched.normalised()));
    artifacts().storage().garbageCollect(location, retention);
    Artifact previous = obj.getStatus().getArtifact();
    obj.getStatus().setArtifact(StoredArtifacts.toStatus(stored));
    obj.getStatus().setUrl(artifacts().storage().linkLatest(location, INDEX_LINK));
    StoredArtifacts.announce(
        ctx,
        previous,
        stored,
        HelmReasons.NEW_ARTIFACT,
        "stored fetched index of size "
            + HumanSize.format(fetched.downloadedSize())
            + " from '"
            + obj.getSpec().getUrl()
            + "'");
  }

  /** {@code type: oci}: no artifact; Ready says whether the registry accepts the credentials. */
  private ReconcileResult checkRegistry(HelmRepository obj, ReconcileContext ctx)
      throws IOException {
    HelmRepositoryStatus status = obj.getStatus();
    if (status.getArtifact() != null) {
      cleanup(obj, ctx);
    }
    status.setUrl(null);
    RegistryClient.Settings settings;
    OciReference reference;
    try {
      reference = OciReference.parse(obj.getSpec().getUrl());
      settings = access.oci(obj);
    } catch (IllegalArgumentException e) {
      return SourceProgress.fetchFailed(ctx, SourceReasons.URL_INVALID, e.getMessage());
    } catch (SecretData.SecretException | GeneralSecurityException e) {
      return SourceProgress.authenticationFailed(ctx, e.getMessage());
    }
    try {
      new RegistryClient(settings).ping(reference.host());
    } catch (IOException e) {
      return SourceProgress.authenticationFailed(
          ctx, "failed to login to registry '" + reference.host() + "': " + e.getMessage());
    }
    ctx.conditions().delete(SourceConditionTypes.FETCH_FAILED);
    ctx.conditions().delete(SourceConditionTypes.ARTIFACT_IN_STORAGE);
    ctx.conditions().markTrue(ConditionTypes.READY, Reasons.SUCCEEDED, OCI_READY_MESSAGE);
    return ReconcileResult.success();
  }
}
