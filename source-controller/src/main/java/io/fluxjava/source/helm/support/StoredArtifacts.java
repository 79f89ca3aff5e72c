package io.fluxjava.source.helm.support;

import io.fluxjava.api.meta.Artifact;
import io.fluxjava.runtime.ReconcileContext;
import io.fluxjava.source.storage.ArtifactLocation;
import io.fluxjava.source.storage.ArtifactStorage;
import io.fluxjava.source.storage.StoredArtifact;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;

/**
 * What every source kind does with its stored artifact: converts between storage and {@code
 * status.artifact}, checks the file is still intact, and points {@code latest.tar.gz} at it.
 */
public final class StoredArtifacts {

  /** The event reason when a stored file no longer matches its recorded digest. */
  public static final String EVENT_VERIFICATION_FAILED = "ArtifactVerificationFailed";

  /** The name of the link to the newest artifact, published as {@code status.url}. */
  public static final String LATEST = "latest.tar.gz";

  private final ArtifactStorage storage;

  public StoredArtifacts(ArtifactStorage storage) {
    this.storage = storage;
  }

  public ArtifactStorage storage() {
    return storage;
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
   * The status artifact with its URL refreshed when its file is intact; null when the file is gone
   * or changed (a changed file is deleted and reported with a warning event).
   */
  public Artifact verified(Artifact artifact, ReconcileContext ctx) throws IOException {
    if (artifact == null) {
      return null;
    }
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
    return null;
  }

  /**
   * Points the link {@code linkName} ({@code latest.tar.gz}, or {@code index.yaml} for Helm
   * repositories) in the object's directory at {@code location} and returns the link's URL, as
   * upstream's {@code status.url}.
   */
  public String linkLatest(ArtifactLocation location, String linkName) throws IOException {
    ArtifactLocation latest = location.withFileName(linkName);
    Path link = storage.resolve(latest);
    Path temp = link.resolveSibling("." + linkName + ".tmp");
    Files.deleteIfExists(temp);
    Files.createSymbolicLink(temp, Path.of(location.fileName()));
    Files.move(temp, link, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    return storage.urlFor(latest);
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
