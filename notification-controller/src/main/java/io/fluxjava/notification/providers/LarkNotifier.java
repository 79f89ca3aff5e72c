package io.fluxjava.notification.providers;

import io.fluxjava.notification.events.Event;
import java.util.List;
import java.util.Map;

/** Lark (Feishu) custom bots: an interactive card with the message and metadata. */
final class LarkNotifier extends HttpNotifier {

  LarkNotifier(ProviderSettings settings) {
    super(settings);
  }

  @Override
  public void post(Event event) throws NotificationException {
    String message =
        "**" + event.message() + "**\n\n" + ChatText.metadataLines(event, (k, v) -> k + ": " + v);
    Map<String, Object> title = Map.of("tag", "plain_text", "content", ChatText.headline(event));
    Map<String, Object> card =
        Map.of(
            "config", Map.of("wide_screen_mode", true),
            "header", Map.of("title", title, "template", event.isError() ? "red" : "turquoise"),
            "elements",
                List.of(
                    Map.of("tag", "div", "text", Map.of("tag", "lark_md", "content", message))));
    http.postJson(settings.address(), Map.of("msg_type", "interactive", "card", card), Map.of());
  }
}
