package io.fluxjava.source.bucket;

import io.fluxjava.api.Reasons;
import io.fluxjava.api.meta.Artifact;
import io.fluxjava.api.source.Bucket;
import io.fluxjava.api.source.BucketStatus;
import io.fluxjava.api.source.SourceConditionTypes;
import io.fluxjava.api.source.SourceReasons;
import io.fluxjava.artifact.FileTrees;
import io.fluxjava.runtime.ReconcileContext;
import io.fluxjava.runtime.ReconcileResult;
import io.fluxjava.source.storage.ArtifactLocation;
import io.fluxjava.source.storage.ArtifactStorage;
import io.fluxjava.source.storage.RetentionPolicy;
import io.fluxjava.source.storage.SourceIgnore;
import io.fluxjava.source.storage.StoredArtifact;
import io.fluxjava.source.support.SecretData;
import io.fluxjava.source.support.SourceProgress;
import io.fluxjava.source.support.SourceReconciler;
import io.fluxjava.source.support.StoredArtifacts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Objects;

/**
 * Reconciles Bucket objects: indexes the bucket's objects (revision {@code sha256:<hex>} over the
 * index), downloads them only when that revision is new or the ignore rules changed, and stores a
 * tarball {@code <hex>.tar.gz}. A failure keeps the previous artifact.
 */
public final class BucketReconciler extends SourceReconciler<Bucket, BucketStatus> {

  static final String KIND = "Bucket";

  /** Reason of a failed bucket listing or download. */
  static final String BUCKET_OPERATION_FAILED = "BucketOperationFailed";

  /** Event reason of a newly stored artifact. */
  static final String NEW_ARTIFACT = "NewArtifact";

  private final RetentionPolicy retention;
  private final BucketAccess access;

  BucketReconciler(StoredArtifacts artifacts, RetentionPolicy retention, BucketAccess access) {
    super(KIND, Bucket.class, artifacts);
    this.retention = retention;
    this.access = access;
  }

  @Override
  protected BucketStatus newStatus() {
    return new BucketStatus();
  }

  @Override
  protected Artifact artifactOf(BucketStatus status) {
    return status.getArtifact();
  }

  @Override
  protected void publish(BucketStatus status, Artifact artifact) {
    status.setArtifact(artifact);
    if (artifact == null) {
      status.setUrl(null);
    }
  }

  @Override
  protected ReconcileResult reconcileSource(
      Bucket obj, ReconcileContext ctx, SourceProgress progress) throws IOException {
    BucketConnection connection;
    try {
      connection = access.connection(obj);
    } catch (BucketAccess.UnsupportedConfiguration e) {
      return SourceProgress.invalidProvider(ctx, e.getMessage());
    } catch (SecretData.SecretException | GeneralSecurityException e) {
      return SourceProgress.authenticationFailed(ctx, e.getMessage());
    }
    Path workDir = Files.createTempDirectory("bucket-");
    try {
      return syncAndStore(obj, ctx, progress, connection, workDir);
    } finally {
      FileTrees.deleteQuietly(workDir);
    }
  }

  private ReconcileResult syncAndStore(
      Bucket obj,
      ReconcileContext ctx,
      SourceProgress progress,
      BucketConnection connection,
      Path workDir) {
    try (BucketObjects objects = S3BucketObjects.connect(connection)) {
      BucketSync sync = new BucketSync(objects, obj.getSpec(), workDir);
      BucketIndex index;
      try {
        index = sync.index();
      } catch (IOException e) {
        return SourceProgress.fetchFailed(ctx, BUCKET_OPERATION_FAILED, e.getMessage());
      }
      String revision = index.revision();
      progress.observedRevision(revision);
      BucketStatus status = obj.getStatus();
      boolean upToDate =
          status.getArtifact() != null
              && revision.equals(status.getArtifact().getRevision())
              && Objects.equals(obj.getSpec().getIgnore(), status.getObservedIgnore());
      if (!upToDate) {
        try {
          sync.download(index);
        } catch (IOException e) {
          return SourceProgress.fetchFailed(ctx, BUCKET_OPERATION_FAILED, e.getMessage());
        }
        try {
          store(obj, ctx, index, workDir);
        } catch (IOException e) {
          return SourceProgress.fail(
              ctx,
              SourceConditionTypes.STORAGE_OPERATION_FAILED,
              SourceReasons.ARCHIVE_OPERATION_FAILED,
              "unable to archive artifact to storage: " + e.getMessage());
        }
      }
      return progress.succeeded(Reasons.SUCCEEDED, "stored artifact: revision '" + revision + "'");
    }
  }

  private void store(Bucket obj, ReconcileContext ctx, BucketIndex index, Path workDir)
      throws IOException {
    String revision = index.revision();
    ArtifactLocation location =
        StoredArtifacts.location(
            KIND, obj, revision.substring(revision.indexOf(':') + 1) + ".tar.gz");
    StoredArtifact stored =
        artifacts()
            .storage()
            .archive(
                location, workDir, SourceIgnore.load(workDir, obj.getSpec().getIgnore()), revision);
    artifacts().storage().garbageCollect(location, retention);
    BucketStatus status = obj.getStatus();
    Artifact previous = status.getArtifact();
    status.setArtifact(StoredArtifacts.toStatus(stored));
    status.setUrl(artifacts().storage().linkLatest(location, ArtifactStorage.LATEST_LINK));
    status.setObservedIgnore(obj.getSpec().getIgnore());
    StoredArtifacts.announce(
        ctx,
        previous,
        stored,
        NEW_ARTIFACT,
        "stored artifact with "
            + index.size()
            + " fetched files from '"
            + obj.getSpec().getBucketName()
            + "' bucket");
  }
}
