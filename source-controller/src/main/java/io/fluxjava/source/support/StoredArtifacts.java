package io.fluxjava.source.support;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fluxjava.api.meta.Artifact;
import io.fluxjava.runtime.ReconcileContext;
import io.fluxjava.runtime.events.EventSeverity;
import io.fluxjava.source.storage.ArtifactLocation;
import io.fluxjava.source.storage.ArtifactStorage;
import io.fluxjava.source.storage.StoredArtifact;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

/**
 * What every source kind does with its stored artifact: converts between storage and {@code
 * status.artifact}, checks the file is still intact, announces a new one and removes them all.
 */
public final class StoredArtifacts {

  /** The event reason when a stored file no longer matches its recorded digest. */
  public static final String EVENT_VERIFICATION_FAILED = "ArtifactVerificationFailed";

  private final ArtifactStorage storage;

  public StoredArtifacts(ArtifactStorage storage) {
    this.storage = storage;
  }

  public ArtifactStorage storage() {
    return storage;
  }

  /** Where the file {@code fileName} of {@code obj} (of kind {@code kind}) is stored. */
  public static ArtifactLocation location(String kind, HasMetadata obj, String fileName) {
    return new ArtifactLocation(
        kind, obj.getMetadata().getNamespace(), obj.getMetadata().getName(), fileName);
  }

  /** The status form of a stored file. */
  public static Artifact toStatus(StoredArtifact stored) {
    Artifact artifact = new Artifact();
    artifact.setPath(stored.path());
    artifact.setUrl(stored.url());
    artifact.setRevision(stored.revision());
    artifact.setDigest(stored.digest());
    artifact.setLastUpdateTime(stored.lastUpdateTime().toString());
    artifact.setSize(stored.size());
    return artifact;
  }

  /**
   * The status artifact with its URL refreshed when its file is intact; null when there is none or
   * its file is gone or changed. A lost file is reported to {@code progress}, and a changed one is
   * deleted and reported with a warning event.
   */
  public Artifact recover(Artifact artifact, ReconcileContext ctx, SourceProgress progress) {
    if (artifact == null) {
      return null;
    }
    try {
      StoredArtifact stored = fromStatus(artifact);
      if (storage.isIntact(stored)) {
        Artifact refreshed = toStatus(storage.withCurrentUrl(stored));
        refreshed.setMetadata(artifact.getMetadata());
        return refreshed;
      }
      Path file = storage.root().resolve(stored.path());
      if (Files.exists(file)) {
        ctx.events()
            .warning(
                EVENT_VERIFICATION_FAILED,
                "failed to verify integrity of artifact: computed digest doesn't match '"
                    + stored.digest()
                    + "'");
        Files.delete(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    progress.artifactDisappeared();
    return null;
  }

  /**
   * Records the {@code NewArtifact}-style event {@code reason} for {@code stored}, with its
   * revision and digest, unless it has the same digest as {@code previous}.
   */
  public static void announce(
      ReconcileContext ctx,
      Artifact previous,
      StoredArtifact stored,
      String reason,
      String message) {
    if (previous == null || !stored.digest().equals(previous.getDigest())) {
      ctx.events()
          .record(
              EventSeverity.INFO,
              reason,
              message,
              Map.of("revision", stored.revision(), "digest", stored.digest()));
    }
  }

  /** Deletes every file of {@code obj} (of kind {@code kind}) when the object is deleted. */
  public void removeAll(String kind, HasMetadata obj) {
    try {
      storage.removeAll(kind, obj.getMetadata().getNamespace(), obj.getMetadata().getName());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static StoredArtifact fromStatus(Artifact artifact) {
    return new StoredArtifact(
        artifact.getPath(),
        artifact.getUrl(),
        artifact.getRevision(),
        artifact.getDigest(),
        artifact.getLastUpdateTime() == null
            ? Instant.EPOCH
            : Instant.parse(artifact.getLastUpdateTime()),
        artifact.getSize() == null ? 0 : artifact.getSize());
  }
}
