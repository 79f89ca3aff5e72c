package io.fluxjava.notification.providers;

import io.fluxjava.notification.events.Event;
import java.util.LinkedHashMap;
import java.util.Map;

/** Webex messages API: markdown into the room named by {@code channel}, bot token as bearer. */
final class WebexNotifier implements Notifier {

  private final ProviderSettings settings;
  private final HttpSender http;

  WebexNotifier(ProviderSettings settings) {
    this.settings = settings;
    this.http = new HttpSender(settings);
  }

  @Override
  public void post(Event event) throws NotificationException {
    StringBuilder markdown = new StringBuilder();
    markdown
        .append(event.isError() ? "💣" : "✅")
        .append(" **")
        .append(event.objectTitle())
        .append("**\n")
        .append(event.message())
        .append('\n');
    event
        .metadata()
        .forEach((k, v) -> markdown.append(">**").append(k).append("**: ").append(v).append('\n'));
    Map<String, String> payload = new LinkedHashMap<>();
    if (!settings.channel().isEmpty()) {
      payload.put("roomId", settings.channel());
    }
    payload.put("markdown", markdown.toString());
    http.postJson(
        settings.address(), payload, Map.of("Authorization", "Bearer " + settings.token()));
  }
}
