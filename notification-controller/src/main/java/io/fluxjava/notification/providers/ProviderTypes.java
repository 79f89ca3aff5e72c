package io.fluxjava.notification.providers;

import java.util.Set;

/** Provider {@code spec.type} values and the groups the event routing treats alike. */
public final class ProviderTypes {

  public static final String GENERIC = "generic";
  public static final String GENERIC_HMAC = "generic-hmac";
  public static final String SLACK = "slack";
  public static final String DISCORD = "discord";
  public static final String MSTEAMS = "msteams";
  public static final String ROCKET = "rocket";
  public static final String GOOGLECHAT = "googlechat";
  public static final String WEBEX = "webex";
  public static final String TELEGRAM = "telegram";
  public static final String MATRIX = "matrix";
  public static final String LARK = "lark";
  public static final String PAGERDUTY = "pagerduty";
  public static final String OPSGENIE = "opsgenie";
  public static final String ALERTMANAGER = "alertmanager";
  public static final String GRAFANA = "grafana";
  public static final String SENTRY = "sentry";
  public static final String DATADOG = "datadog";
  public static final String GITHUB_DISPATCH = "githubdispatch";
  public static final String GITHUB = "github";
  public static final String GITLAB = "gitlab";
  public static final String GITEA = "gitea";
  public static final String BITBUCKET = "bitbucket";
  public static final String BITBUCKET_SERVER = "bitbucketserver";
  public static final String AZURE_DEVOPS = "azuredevops";

  /** Types that write commit statuses from the event's revision. */
  public static final Set<String> COMMIT_STATUS =
      Set.of(GITHUB, GITLAB, GITEA, BITBUCKET, BITBUCKET_SERVER, AZURE_DEVOPS);

  /** Types that forward the whole event and so also receive commit-status events. */
  public static final Set<String> FORWARDERS = Set.of(GENERIC, GENERIC_HMAC);

  private ProviderTypes() {}
}
