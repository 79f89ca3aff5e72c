package io.fluxjava.api.kustomize;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.fluxjava.api.meta.JsonEnums;

/** Kinds a Kustomization can take its manifests from. */
public enum KustomizationSourceKind {
  @JsonProperty("OCIRepository")
  OCI_REPOSITORY,
  @JsonProperty("GitRepository")
  GIT_REPOSITORY,
  @JsonProperty("Bucket")
  BUCKET,
  @JsonProperty("ExternalArtifact")
  EXTERNAL_ARTIFACT;

  /** Reads a JSON value; null when this version does not know it. */
  @JsonCreator
  public static KustomizationSourceKind fromJson(String value) {
    return JsonEnums.fromJson(KustomizationSourceKind.class, value);
  }
}
