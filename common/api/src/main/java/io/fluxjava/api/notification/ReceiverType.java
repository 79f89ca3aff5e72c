package io.fluxjava.api.notification;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Webhook senders a Receiver understands. */
public enum ReceiverType {
  @JsonProperty("generic")
  GENERIC,
  @JsonProperty("generic-hmac")
  GENERIC_HMAC,
  @JsonProperty("generic-oidc")
  GENERIC_OIDC,
  @JsonProperty("github")
  GITHUB,
  @JsonProperty("gitlab")
  GITLAB,
  @JsonProperty("bitbucket")
  BITBUCKET,
  @JsonProperty("harbor")
  HARBOR,
  @JsonProperty("dockerhub")
  DOCKERHUB,
  @JsonProperty("quay")
  QUAY,
  @JsonProperty("gcr")
  GCR,
  @JsonProperty("nexus")
  NEXUS,
  @JsonProperty("acr")
  ACR,
  @JsonProperty("cdevents")
  CDEVENTS
}
