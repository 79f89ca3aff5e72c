package io.fluxjava.notification.providers;

import io.fluxjava.notification.events.Event;
import java.util.List;
import java.util.Map;

/** Discord webhooks through their Slack-compatible endpoint ({@code <webhook>/slack}). */
final class DiscordNotifier implements Notifier {

  private final ProviderSettings settings;
  private final HttpSender http;
  private final String url;

  DiscordNotifier(ProviderSettings settings) {
    this.settings = settings;
    this.http = new HttpSender(settings);
    String address = settings.address();
    this.url = address.endsWith("/slack") ? address : stripSlash(address) + "/slack";
  }

  @Override
  public void post(Event event) throws NotificationException {
    String username =
        settings.username().isEmpty() ? event.reportingController() : settings.username();
    String color = event.isError() ? "danger" : "good";
    SlackPayload payload =
        new SlackPayload(
            "",
            username,
            "",
            "",
            null,
            List.of(SlackPayload.attachment(event, color, event.objectTitle())));
    http.postJson(url, payload, Map.of());
  }

  private static String stripSlash(String address) {
    return address.endsWith("/") ? address.substring(0, address.length() - 1) : address;
  }
}
