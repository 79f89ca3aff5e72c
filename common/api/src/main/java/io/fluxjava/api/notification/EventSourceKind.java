package io.fluxjava.api.notification;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.fluxjava.api.meta.JsonEnums;

/** Kinds an Alert or Receiver can reference. */
public enum EventSourceKind {
  @JsonProperty("Bucket")
  BUCKET,
  @JsonProperty("GitRepository")
  GIT_REPOSITORY,
  @JsonProperty("Kustomization")
  KUSTOMIZATION,
  @JsonProperty("HelmRelease")
  HELM_RELEASE,
  @JsonProperty("HelmChart")
  HELM_CHART,
  @JsonProperty("HelmRepository")
  HELM_REPOSITORY,
  @JsonProperty("ImageRepository")
  IMAGE_REPOSITORY,
  @JsonProperty("ImagePolicy")
  IMAGE_POLICY,
  @JsonProperty("ImageUpdateAutomation")
  IMAGE_UPDATE_AUTOMATION,
  @JsonProperty("OCIRepository")
  OCI_REPOSITORY,
  @JsonProperty("ArtifactGenerator")
  ARTIFACT_GENERATOR,
  @JsonProperty("ExternalArtifact")
  EXTERNAL_ARTIFACT;

  /** Reads a JSON value; null when this version does not know it. */
  @JsonCreator
  public static EventSourceKind fromJson(String value) {
    return JsonEnums.fromJson(EventSourceKind.class, value);
  }
}
