package io.fluxjava.notification.providers;

import io.fluxjava.notification.events.Event;
import java.util.Map;

/** Slack incoming webhooks, or {@code chat.postMessage} with a bot token. */
final class SlackNotifier extends HttpNotifier {

  /** The Web API endpoint, which answers 200 even on failure and needs its body checked. */
  static final String CHAT_POST_MESSAGE = "https://slack.com/api/chat.postMessage";

  SlackNotifier(ProviderSettings settings) {
    super(settings);
  }

  @Override
  public void post(Event event) throws NotificationException {
    SlackPayload payload = SlackPayload.of(settings.channel(), settings.username(), event);
    Map<String, String> headers =
        settings.token().isEmpty()
            ? Map.of()
            : Map.of("Authorization", "Bearer " + settings.token());
    String response = http.postJson(settings.address(), payload, headers);
    if (CHAT_POST_MESSAGE.equals(settings.address()) && !response.contains("\"ok\":true")) {
      throw new NotificationException("Slack responded with an error", false);
    }
  }
}
