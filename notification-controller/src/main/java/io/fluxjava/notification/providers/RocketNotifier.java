package io.fluxjava.notification.providers;

import io.fluxjava.notification.events.Event;
import java.util.List;
import java.util.Map;

/** Rocket.Chat incoming webhooks (Slack-compatible payload; channel and username required). */
final class RocketNotifier extends HttpNotifier {

  RocketNotifier(ProviderSettings settings) {
    super(settings);
    if (settings.username().isEmpty()) {
      throw new IllegalArgumentException("empty Rocket username");
    }
    if (settings.channel().isEmpty()) {
      throw new IllegalArgumentException("empty Rocket channel");
    }
  }

  @Override
  public void post(Event event) throws NotificationException {
    String color = event.isError() ? "#FF0000" : "#0076D7";
    String author = event.involvedObject().name() + "." + event.involvedObject().namespace();
    SlackPayload payload =
        new SlackPayload(
            settings.channel(),
            settings.username(),
            "",
            ":rocket:",
            null,
            List.of(SlackPayload.attachment(event, color, author)));
    http.postJson(settings.address(), payload, Map.of());
  }
}
