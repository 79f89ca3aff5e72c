package io.fluxjava.api.source;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fluxjava.api.meta.Artifact;

/**
 * A kind whose status carries an artifact that Kustomizations and HelmReleases consume:
 * GitRepository, OCIRepository, Bucket, HelmRepository, HelmChart and ExternalArtifact.
 */
public interface ArtifactSource extends HasMetadata {

  /** The artifact in the status, or null when there is no status or no artifact yet. */
  Artifact artifact();
}
