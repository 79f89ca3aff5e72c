package io.fluxjava.notification.providers;

import io.fluxjava.notification.events.Event;
import java.util.LinkedHashMap;
import java.util.Map;

/** Webex messages API: markdown into the room named by {@code channel}, bot token as bearer. */
final class WebexNotifier extends HttpNotifier {

  WebexNotifier(ProviderSettings settings) {
    super(settings);
  }

  @Override
  public void post(Event event) throws NotificationException {
    String markdown =
        (event.isError() ? "💣" : "✅")
            + " **"
            + event.objectTitle()
            + "**\n"
            + event.message()
            + "\n"
            + ChatText.metadataLines(event, (k, v) -> ">**" + k + "**: " + v);
    Map<String, String> payload = new LinkedHashMap<>();
    if (!settings.channel().isEmpty()) {
      payload.put("roomId", settings.channel());
    }
    payload.put("markdown", markdown);
    http.postJson(
        settings.address(), payload, Map.of("Authorization", "Bearer " + settings.token()));
  }
}
