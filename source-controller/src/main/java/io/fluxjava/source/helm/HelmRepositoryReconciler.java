package io.fluxjava.source.helm;

import io.fluxjava.api.Reasons;
import io.fluxjava.api.meta.Artifact;
import io.fluxjava.api.source.HelmRepository;
import io.fluxjava.api.source.HelmRepositoryStatus;
import io.fluxjava.api.source.HelmRepositoryType;
import io.fluxjava.api.source.SourceConditionTypes;
import io.fluxjava.api.source.SourceReasons;
import io.fluxjava.runtime.FluxReconciler;
import io.fluxjava.runtime.ReconcileContext;
import io.fluxjava.runtime.ReconcileResult;
import io.fluxjava.runtime.conditions.ConditionTypes;
import io.fluxjava.runtime.events.EventSeverity;
import io.fluxjava.source.helm.support.SecretData;
import io.fluxjava.source.helm.support.SourceProgress;
import io.fluxjava.source.helm.support.StoredArtifacts;
import io.fluxjava.source.oci.OciReference;
import io.fluxjava.source.oci.RegistryClient;
import io.fluxjava.source.storage.ArtifactLocation;
import io.fluxjava.source.storage.RetentionPolicy;
import io.fluxjava.source.storage.StoredArtifact;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.util.Map;

/**
 * Reconciles HelmRepository objects: for the default type, fetches {@code index.yaml}, stores it
 * normalised as {@code index-<hex>.yaml} with revision {@code sha256:<hex>}; for {@code type: oci},
 * stores nothing and reports whether the registry answers with the given credentials. A failure
 * keeps the previous artifact.
 */
public final class HelmRepositoryReconciler implements FluxReconciler<HelmRepository> {

  static final String KIND = "HelmRepository";
  static final String INDEX_LINK = "index.yaml";
  static final String OCI_READY_MESSAGE = "Helm repository is Ready";

  private final StoredArtifacts artifacts;
  private final RetentionPolicy retention;
  private final RepositoryAccess access;
  private final long indexMaxSize;

  HelmRepositoryReconciler(
      StoredArtifacts artifacts,
      RetentionPolicy retention,
      RepositoryAccess access,
      long indexMaxSize) {
    this.artifacts = artifacts;
    this.retention = retention;
    this.access = access;
    this.indexMaxSize = indexMaxSize;
  }

  @Override
  public Class<HelmRepository> resourceType() {
    return HelmRepository.class;
  }

  @Override
  public ReconcileResult reconcile(HelmRepository obj, ReconcileContext ctx) {
    if (obj.getStatus() == null) {
      obj.setStatus(new HelmRepositoryStatus());
    }
    HelmRepositoryStatus status = obj.getStatus();
    SourceProgress progress =
        SourceProgress.start(
            ctx.conditions(),
            obj.getMetadata().getGeneration(),
            status.getObservedGeneration(),
            status::getArtifact);
    try {
      if (obj.getSpec().getType() == HelmRepositoryType.OCI) {
        return checkRegistry(obj, ctx);
      }
      Artifact current = artifacts.verified(status.getArtifact(), ctx);
      if (status.getArtifact() != null && current == null) {
        status.setUrl(null);
        progress.artifactDisappeared();
      }
      status.setArtifact(current);
      return fetchAndStore(obj, ctx, progress);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void cleanup(HelmRepository obj, ReconcileContext ctx) {
    try {
      artifacts
          .storage()
          .removeAll(KIND, obj.getMetadata().getNamespace(), obj.getMetadata().getName());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (obj.getStatus() != null) {
      obj.getStatus().setArtifact(null);
    }
  }

  private ReconcileResult fetchAndStore(
      HelmRepository obj, ReconcileContext ctx, SourceProgress progress) throws IOException {
    ChartRepositoryClient client;
    try {
      client = new ChartRepositoryClient(access.http(obj));
    } catch (IllegalArgumentException e) {
      return SourceProgress.fail(
          ctx, SourceConditionTypes.FETCH_FAILED, SourceReasons.URL_INVALID, e.getMessage());
    } catch (SecretData.SecretException | GeneralSecurityException e) {
      return SourceProgress.fail(
          ctx,
          SourceConditionTypes.FETCH_FAILED,
          SourceReasons.AUTHENTICATION_FAILED,
          e.getMessage());
    }
    IndexFetch fetched;
    try {
      fetched = IndexFetch.from(client, indexMaxSize);
    } catch (IOException e) {
      return SourceProgress.fail(
          ctx,
          SourceConditionTypes.FETCH_FAILED,
          Reasons.FAILED,
          "failed to fetch Helm repository index: " + e.getMessage());
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
        ConditionTypes.REASON_SUCCEEDED,
        "stored artifact: revision '" + status.getArtifact().getRevision() + "'");
  }

  private void store(HelmRepository obj, ReconcileContext ctx, IndexFetch fetched)
      throws IOException {
    ArtifactLocation location =
        new ArtifactLocation(
            KIND,
            obj.getMetadata().getNamespace(),
            obj.getMetadata().getName(),
            "index-" + fetched.hex() + ".yaml");
    StoredArtifact stored =
        artifacts
            .storage()
            .store(location, fetched.revision(), out -> out.write(fetched.normalised()));
    artifacts.storage().garbageCollect(location, retention);
    obj.getStatus().setArtifact(StoredArtifacts.toStatus(stored));
    obj.getStatus().setUrl(artifacts.linkLatest(location, INDEX_LINK));
    ctx.events()
        .record(
            EventSeverity.INFO,
            HelmReasons.NEW_ARTIFACT,
            "stored fetched index of size "
                + HumanSize.format(fetched.downloadedSize())
                + " from '"
                + obj.getSpec().getUrl()
                + "'",
            Map.of("revision", stored.revision(), "digest", stored.digest()));
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
      return SourceProgress.fail(
          ctx, SourceConditionTypes.FETCH_FAILED, SourceReasons.URL_INVALID, e.getMessage());
    } catch (SecretData.SecretException | GeneralSecurityException e) {
      return SourceProgress.fail(
          ctx,
          SourceConditionTypes.FETCH_FAILED,
          SourceReasons.AUTHENTICATION_FAILED,
          e.getMessage());
    }
    try {
      new RegistryClient(settings).ping(reference.host());
    } catch (IOException e) {
      return SourceProgress.fail(
          ctx,
          SourceConditionTypes.FETCH_FAILED,
          SourceReasons.AUTHENTICATION_FAILED,
          "failed to login to registry '" + reference.host() + "': " + e.getMessage());
    }
    ctx.conditions().delete(SourceConditionTypes.FETCH_FAILED);
    ctx.conditions().delete(SourceConditionTypes.ARTIFACT_IN_STORAGE);
    ctx.conditions()
        .markTrue(ConditionTypes.READY, ConditionTypes.REASON_SUCCEEDED, OCI_READY_MESSAGE);
    return ReconcileResult.success();
  }
}
