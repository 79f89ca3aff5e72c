package io.fluxjava.source.oci;

import io.fluxjava.api.Reasons;
import io.fluxjava.api.meta.Artifact;
import io.fluxjava.api.source.OCIRepository;
import io.fluxjava.api.source.OCIRepositoryRef;
import io.fluxjava.api.source.OCIRepositorySpec;
import io.fluxjava.api.source.OCIRepositoryStatus;
import io.fluxjava.api.source.SourceReasons;
import io.fluxjava.artifact.FileTrees;
import io.fluxjava.runtime.ReconcileContext;
import io.fluxjava.runtime.ReconcileResult;
import io.fluxjava.source.storage.ArtifactLocation;
import io.fluxjava.source.storage.ArtifactStorage;
import io.fluxjava.source.storage.RetentionPolicy;
import io.fluxjava.source.storage.StoredArtifact;
import io.fluxjava.source.support.SecretData;
import io.fluxjava.source.support.SourceProgress;
import io.fluxjava.source.support.SourceReconciler;
import io.fluxjava.source.support.StoredArtifacts;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Objects;

/**
 * Reconciles OCIRepository objects: resolves {@code ref} (digest, semver or tag, default {@code
 * latest}) to a manifest digest, skips the pull when that digest is already stored, else pulls the
 * selected layer and stores it extracted or copied. A failure keeps the previous artifact.
 */
public final class OCIRepositoryReconciler
    extends SourceReconciler<OCIRepository, OCIRepositoryStatus> {

  static final String KIND = "OCIRepository";
  private static final String DEFAULT_TAG = "latest";

  private final RetentionPolicy retention;
  private final OciRepositoryAccess access;
  private final OciLayers layers;
  private final OciVerification verification;

  OCIRepositoryReconciler(
      StoredArtifacts artifacts, RetentionPolicy retention, OciRepositoryAccess access) {
    super(KIND, OCIRepository.class, artifacts);
    this.retention = retention;
    this.access = access;
    this.layers = new OciLayers(artifacts().storage());
    this.verification = new OciVerification(access);
  }

  @Override
  protected OCIRepositoryStatus newStatus() {
    return new OCIRepositoryStatus();
  }

  @Override
  protected Artifact artifactOf(OCIRepositoryStatus status) {
    return status.getArtifact();
  }

  @Override
  protected void publish(OCIRepositoryStatus status, Artifact artifact) {
    status.setArtifact(artifact);
    if (artifact == null) {
      status.setUrl(null);
    }
  }

  @Override
  protected ReconcileResult reconcileSource(
      OCIRepository obj, ReconcileContext ctx, SourceProgress progress) throws IOException {
    return pullAndStore(obj, ctx, progress);
  }

  private ReconcileResult pullAndStore(
      OCIRepository obj, ReconcileContext ctx, SourceProgress progress) throws IOException {
    OciReference reference;
    RegistryClient client;
    try {
      reference = OciReference.parse(obj.getSpec().getUrl());
      client = new RegistryClient(access.settings(obj, reference));
    } catch (IllegalArgumentException e) {
      return SourceProgress.fetchFailed(ctx, SourceReasons.URL_INVALID, e.getMessage());
    } catch (SecretData.SecretException | GeneralSecurityException e) {
      return SourceProgress.authenticationFailed(ctx, e.getMessage());
    }
    ResolvedArtifact resolved;
    try {
      resolved = resolve(client, reference, obj.getSpec().getRef());
    } catch (IOException e) {
      return SourceProgress.fetchFailed(
          ctx, OciReasons.PULL_FAILED, "failed to determine artifact digest: " + e.getMessage());
    }
    progress.observedRevision(resolved.revision());
    ReconcileResult unverified = verification.check(obj, ctx, client, reference, resolved);
    if (unverified != null) {
      return unverified;
    }
    if (!isStored(obj, resolved)) {
      try {
        pull(obj, ctx, client, reference, resolved);
      } catch (IOException e) {
        return SourceProgress.fetchFailed(
            ctx,
            OciReasons.PULL_FAILED,
            "failed to pull artifact from '" + obj.getSpec().getUrl() + "': " + e.getMessage());
      }
    }
    return progress.succeeded(
        Reasons.SUCCEEDED,
        "stored artifact for digest '" + obj.getStatus().getArtifact().getRevision() + "'");
  }

  private static ResolvedArtifact resolve(
      RegistryClient client, OciReference reference, OCIRepositoryRef ref) throws IOException {
    if (ref != null && notBlank(ref.getDigest())) {
      return ResolvedArtifact.ofDigest(client.resolve(reference, ref.getDigest()));
    }
    String tag = ref != null && notBlank(ref.getTag()) ? ref.getTag() : DEFAULT_TAG;
    if (ref != null && notBlank(ref.getSemver())) {
      tag = OciTags.highest(client.tags(reference), ref.getSemver(), ref.getSemverFilter());
    }
    return ResolvedArtifact.ofTag(tag, client.resolve(reference, tag));
  }

  /** The digest is stored already, built with the same layer selection and ignore rules. */
  private static boolean isStored(OCIRepository obj, ResolvedArtifact resolved) {
    OCIRepositoryStatus status = obj.getStatus();
    OCIRepositorySpec spec = obj.getSpec();
    return status.getArtifact() != null
        && resolved.revision().equals(status.getArtifact().getRevision())
        && Objects.equals(spec.getIgnore(), status.getObservedIgnore())
        && Objects.equals(spec.getLayerSelector(), status.getObservedLayerSelector());
  }

  private void pull(
      OCIRepository obj,
      ReconcileContext ctx,
      RegistryClient client,
      OciReference reference,
      ResolvedArtifact resolved)
      throws IOException {
    OciManifest manifest = client.manifest(reference, resolved.digest());
    OciManifest.Layer layer = OciLayers.select(manifest, obj.getSpec().getLayerSelector());
    ArtifactLocation location = StoredArtifacts.location(KIND, obj, resolved.digest() + ".tar.gz");
    Path workDir = Files.createTempDirectory("ocirepository-");
    StoredArtifact stored;
    try (InputStream blob = client.blob(reference, layer.digest())) {
      stored =
          layers.store(
              blob,
              obj.getSpec().getLayerSelector(),
              location,
              resolved.revision(),
              obj.getSpec().getIgnore(),
              workDir);
    } finally {
      FileTrees.deleteRecursively(workDir);
    }
    artifacts().storage().garbageCollect(location, retention);
    OCIRepositoryStatus status = obj.getStatus();
    Artifact previous = status.getArtifact();
    Artifact artifact = StoredArtifacts.toStatus(stored);
    artifact.setMetadata(manifest.annotations().isEmpty() ? null : manifest.annotations());
    status.setArtifact(artifact);
    status.setUrl(artifacts().storage().linkLatest(location, ArtifactStorage.LATEST_LINK));
    status.setObservedIgnore(obj.getSpec().getIgnore());
    status.setObservedLayerSelector(obj.getSpec().getLayerSelector());
    StoredArtifacts.announce(
        ctx,
        previous,
        stored,
        OciReasons.NEW_ARTIFACT,
        "stored artifact with revision '"
            + stored.revision()
            + "' from '"
            + obj.getSpec().getUrl()
            + "'");
  }

  private static boolean notBlank(String value) {
    return value != null && !value.isBlank();
  }
}
