package io.fluxjava.api.notification;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.fluxjava.api.meta.JsonEnums;

/** Notification providers. */
public enum ProviderType {
  @JsonProperty("slack")
  SLACK,
  @JsonProperty("discord")
  DISCORD,
  @JsonProperty("msteams")
  MSTEAMS,
  @JsonProperty("rocket")
  ROCKET,
  @JsonProperty("generic")
  GENERIC,
  @JsonProperty("generic-hmac")
  GENERIC_HMAC,
  @JsonProperty("github")
  GITHUB,
  @JsonProperty("gitlab")
  GITLAB,
  @JsonProperty("gitea")
  GITEA,
  @JsonProperty("giteapullrequestcomment")
  GITEAPULLREQUESTCOMMENT,
  @JsonProperty("bitbucketserver")
  BITBUCKETSERVER,
  @JsonProperty("bitbucket")
  BITBUCKET,
  @JsonProperty("azuredevops")
  AZUREDEVOPS,
  @JsonProperty("googlechat")
  GOOGLECHAT,
  @JsonProperty("googlepubsub")
  GOOGLEPUBSUB,
  @JsonProperty("webex")
  WEBEX,
  @JsonProperty("sentry")
  SENTRY,
  @JsonProperty("azureeventhub")
  AZUREEVENTHUB,
  @JsonProperty("telegram")
  TELEGRAM,
  @JsonProperty("lark")
  LARK,
  @JsonProperty("matrix")
  MATRIX,
  @JsonProperty("opsgenie")
  OPSGENIE,
  @JsonProperty("alertmanager")
  ALERTMANAGER,
  @JsonProperty("grafana")
  GRAFANA,
  @JsonProperty("githubdispatch")
  GITHUBDISPATCH,
  @JsonProperty("githubpullrequestcomment")
  GITHUBPULLREQUESTCOMMENT,
  @JsonProperty("gitlabmergerequestcomment")
  GITLABMERGEREQUESTCOMMENT,
  @JsonProperty("pagerduty")
  PAGERDUTY,
  @JsonProperty("datadog")
  DATADOG,
  @JsonProperty("nats")
  NATS,
  @JsonProperty("zulip")
  ZULIP,
  @JsonProperty("otel")
  OTEL,
  @JsonProperty("zoom")
  ZOOM,
  @JsonProperty("incident.io")
  INCIDENT_IO;

  /** Reads a JSON value; null when this version does not know it. */
  @JsonCreator
  public static ProviderType fromJson(String value) {
    return JsonEnums.fromJson(ProviderType.class, value);
  }
}
