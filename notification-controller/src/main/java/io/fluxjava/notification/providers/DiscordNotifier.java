package io.fluxjava.notification.providers;

import io.fluxjava.notification.events.Event;
import java.util.Map;

/** Discord webhooks through their Slack-compatible endpoint ({@code <webhook>/slack}). */
final class DiscordNotifier extends HttpNotifier {

  private final String url;

  DiscordNotifier(ProviderSettings settings) {
    super(settings);
    String address = settings.address();
    this.url = address.endsWith("/slack") ? address : stripSlash(address) + "/slack";
  }

  @Override
  public void post(Event event) throws NotificationException {
    http.postJson(url, SlackPayload.of("", settings.username(), event), Map.of());
  }

  private static String stripSlash(String address) {
    return address.endsWith("/") ? address.substring(0, address.length() - 1) : address;
  }
}
