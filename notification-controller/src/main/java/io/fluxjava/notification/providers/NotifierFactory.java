package io.fluxjava.notification.providers;

import java.net.URISyntaxException;
import java.util.Map;
import java.util.function.Function;

/** Picks the notifier class for a Provider's {@code spec.type}. */
public final class NotifierFactory {

  private static final Map<String, Function<ProviderSettings, Notifier>> BY_TYPE =
      Map.ofEntries(
          Map.entry(ProviderTypes.GENERIC, s -> new GenericNotifier(s, false)),
          Map.entry(ProviderTypes.GENERIC_HMAC, s -> new GenericNotifier(s, true)),
          Map.entry(ProviderTypes.SLACK, SlackNotifier::new),
          Map.entry(ProviderTypes.DISCORD, DiscordNotifier::new),
          Map.entry(ProviderTypes.MSTEAMS, MSTeamsNotifier::new),
          Map.entry(ProviderTypes.ROCKET, RocketNotifier::new),
          Map.entry(ProviderTypes.GOOGLECHAT, GoogleChatNotifier::new),
          Map.entry(ProviderTypes.WEBEX, WebexNotifier::new),
          Map.entry(ProviderTypes.TELEGRAM, TelegramNotifier::new),
          Map.entry(ProviderTypes.MATRIX, MatrixNotifier::new),
          Map.entry(ProviderTypes.LARK, LarkNotifier::new),
          Map.entry(ProviderTypes.PAGERDUTY, PagerDutyNotifier::new),
          Map.entry(ProviderTypes.OPSGENIE, OpsgenieNotifier::new),
          Map.entry(ProviderTypes.ALERTMANAGER, AlertmanagerNotifier::new),
          Map.entry(ProviderTypes.GRAFANA, GrafanaNotifier::new),
          Map.entry(ProviderTypes.SENTRY, SentryNotifier::new),
          Map.entry(ProviderTypes.DATADOG, DataDogNotifier::new),
          Map.entry(ProviderTypes.GITHUB_DISPATCH, GitHubDispatchNotifier::new),
          Map.entry(ProviderTypes.GITHUB, GitHubCommitStatusNotifier::new),
          Map.entry(ProviderTypes.GITLAB, GitLabNotifier::new),
          Map.entry(ProviderTypes.GITEA, GiteaNotifier::new),
          Map.entry(ProviderTypes.BITBUCKET, BitbucketNotifier::new),
          Map.entry(ProviderTypes.BITBUCKET_SERVER, BitbucketServerNotifier::new),
          Map.entry(ProviderTypes.AZURE_DEVOPS, AzureDevOpsNotifier::new));

  private NotifierFactory() {}

  /**
   * The notifier for the settings; a Provider without an address (other than Telegram, which has a
   * fixed API) sends nothing, like upstream.
   *
   * @throws IllegalArgumentException for an unsupported type or invalid settings
   */
  public static Notifier create(ProviderSettings settings) {
    Function<ProviderSettings, Notifier> constructor = BY_TYPE.get(settings.type());
    if (constructor == null) {
      throw new IllegalArgumentException("provider " + settings.type() + " not supported");
    }
    if (settings.address().isEmpty() && !ProviderTypes.TELEGRAM.equals(settings.type())) {
      return event -> {};
    }
    try {
      return constructor.apply(settings);
    } catch (IllegalArgumentException e) {
      if (e.getCause() instanceof URISyntaxException) {
        // the parser's message quotes the address, which may embed a webhook secret
        throw new IllegalArgumentException("invalid address for provider type " + settings.type());
      }
      throw e;
    }
  }
}
