package io.fluxjava.source.bucket;

import io.fluxjava.api.meta.Artifact;
import io.fluxjava.api.source.Bucket;
import io.fluxjava.api.source.BucketStatus;
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
import io.fluxjava.source.storage.ArtifactLocation;
import io.fluxjava.source.storage.RetentionPolicy;
import io.fluxjava.source.storage.SourceIgnore;
import io.fluxjava.source.storage.StoredArtifact;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Reconciles Bucket objects: indexes the bucket's objects (revision {@code sha256:<hex>} over the
 * index), downloads them only when that revision is new or the ignore rules changed, and stores a
 * tarball {@code <hex>.tar.gz}. A failure keeps the previous artifact.
 */
public final class BucketReconciler implements FluxReconciler<Bucket> {

  static final String KIND = "Bucket";

  /** Reason of a failed bucket listing or download. */
  static final String BUCKET_OPERATION_FAILED = "BucketOperationFailed";

  /** Event reason of a newly stored artifact. */
  static final String NEW_ARTIFACT = "NewArtifact";

  private final StoredArtifacts artifacts;
  private final RetentionPolicy retention;
  private final BucketAccess access;

  BucketReconciler(StoredArtifacts artifacts, RetentionPolicy retention, BucketAccess access) {
    this.artifacts = artifacts;
    this.retention = retention;
    this.access = access;
  }

  @Override
  public Class<Bucket> resourceType() {
    return Bucket.class;
  }

  @Override
  public ReconcileResult reconcile(Bucket obj, ReconcileContext ctx) {
    if (obj.getStatus() == null) {
      obj.setStatus(new BucketStatus());
    }
    BucketStatus status = obj.getStatus();
    SourceProgress progress =
        SourceProgress.start(
            ctx.conditions(),
            obj.getMetadata().getGeneration(),
            status.getObservedGeneration(),
            status::getArtifact);
    Path workDir = null;
    try {
      Artifact current = artifacts.verified(status.getArtifact(), ctx);
      if (status.getArtifact() != null && current == null) {
        status.setUrl(null);
        progress.artifactDisappeared();
      }
      status.setArtifact(current);
      BucketConnection connection;
      try {
        connection = access.connection(obj);
      } catch (BucketAccess.UnsupportedConfiguration e) {
        ctx.conditions()
            .markTrue(
                SourceConditionTypes.FETCH_FAILED,
                SourceReasons.INVALID_PROVIDER_CONFIGURATION,
                e.getMessage());
        return ReconcileResult.stalled(
            SourceReasons.INVALID_PROVIDER_CONFIGURATION, e.getMessage());
      } catch (SecretData.SecretException | GeneralSecurityException e) {
        return SourceProgress.fail(
            ctx,
            SourceConditionTypes.FETCH_FAILED,
            SourceReasons.AUTHENTICATION_FAILED,
            e.getMessage());
      }
      workDir = Files.createTempDirectory("bucket-");
      return syncAndStore(obj, ctx, progress, connection, workDir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      deleteTree(workDir);
    }
  }

  @Override
  public void cleanup(Bucket obj, ReconcileContext ctx) {
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
        return SourceProgress.fail(
            ctx, SourceConditionTypes.FETCH_FAILED, BUCKET_OPERATION_FAILED, e.getMessage());
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
          return SourceProgress.fail(
              ctx, SourceConditionTypes.FETCH_FAILED, BUCKET_OPERATION_FAILED, e.getMessage());
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
      return progress.succeeded(
          ConditionTypes.REASON_SUCCEEDED, "stored artifact: revision '" + revision + "'");
    }
  }

  private void store(Bucket obj, ReconcileContext ctx, BucketIndex index, Path workDir)
      throws IOException {
    String revision = index.revision();
    ArtifactLocation location =
        new ArtifactLocation(
            KIND,
            obj.getMetadata().getNamespace(),
            obj.getMetadata().getName(),
            revision.substring(revision.indexOf(':') + 1) + ".tar.gz");
    StoredArtifact stored =
        artifacts
            .storage()
            .archive(
                location, workDir, SourceIgnore.load(workDir, obj.getSpec().getIgnore()), revision);
    artifacts.storage().garbageCollect(location, retention);
    BucketStatus status = obj.getStatus();
    Artifact previous = status.getArtifact();
    status.setArtifact(StoredArtifacts.toStatus(stored));
    status.setUrl(artifacts.linkLatest(location, StoredArtifacts.LATEST));
    status.setObservedIgnore(obj.getSpec().getIgnore());
    if (previous == null || !stored.digest().equals(previous.getDigest())) {
      ctx.events()
          .record(
              EventSeverity.INFO,
              NEW_ARTIFACT,
              "stored artifact with "
                  + index.size()
                  + " fetched files from '"
                  + obj.getSpec().getBucketName()
                  + "' bucket",
              Map.of("revision", stored.revision(), "digest", stored.digest()));
    }
  }

  private static void deleteTree(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // A leftover temporary directory is harmless; the next reconcile uses a new one.
    }
  }
}
