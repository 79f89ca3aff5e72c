package io.fluxjava.source.git.reconcile;

import io.fluxjava.api.meta.Artifact;
import io.fluxjava.source.storage.StoredArtifact;
import java.time.Instant;

/** Converts between storage's view of an artifact file and {@code status.artifact}. */
final class ArtifactConversion {

  private ArtifactConversion() {}

  static Artifact toStatus(StoredArtifact stored) {
    Artifact artifact = new Artifact();
    artifact.setPath(stored.path());
    artifact.setUrl(stored.url());
    artifact.setRevision(stored.revision());
    artifact.setDigest(stored.digest());
    artifact.setLastUpdateTime(stored.lastUpdateTime().toString());
    artifact.setSize(stored.size());
    return artifact;
  }

  static StoredArtifact fromStatus(Artifact artifact) {
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
