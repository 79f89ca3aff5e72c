package io.fluxjava.api.notification;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.fluxjava.api.meta.JsonEnums;

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
  CDEVENTS;

  /** Reads a JSON value; null when this version does not know it. */
  @JsonCreator
  public static ReceiverType fromJson(String value) {
    return JsonEnums.fromJson(ReceiverType.class, value);
  }
}
