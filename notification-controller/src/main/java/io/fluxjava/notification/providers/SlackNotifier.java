package io.fluxjava.notification.providers;

import io.fluxjava.notification.events.Event;
import java.util.List;
import java.util.Map;

/** Slack incoming webhooks, or {@code chat.postMessage} with a bot token. */
final class SlackNotifier implements Notifier {

  /** The Web API endpoint, which answers 200 even on failure and needs its body checked. */
  static final String CHAT_POST_MESSAGE = "https://slack.com/api/chat.postMessage";

  private final ProviderSettings settings;
  private final HttpSender http;

  SlackNotifier(ProviderSettings settings) {
    this.settings = settings;
    this.http = new HttpSender(settings);
  }

  @Override
  public void post(Event event) throws NotificationException {
    String username =
        settings.username().isEmpty() ? event.reportingController() : settings.username();
    String color = event.isError() ? "danger" : "good";
    SlackPayload payload =
        new SlackPayload(
            settings.channel(),
            username,
            "",
            "",
            null,
            List.of(SlackPayload.attachment(event, color, event.objectTitle())));
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
