package io.fluxjava.api.kustomize;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Kinds a Kustomization can take its manifests from. */
public enum KustomizationSourceKind {
  @JsonProperty("OCIRepository")
  OCI_REPOSITORY,
  @JsonProperty("GitRepository")
  GIT_REPOSITORY,
  @JsonProperty("Bucket")
  BUCKET,
  @JsonProperty("ExternalArtifact")
  EXTERNAL_ARTIFACT
}
