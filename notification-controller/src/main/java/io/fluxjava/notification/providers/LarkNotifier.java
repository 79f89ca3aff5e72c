package io.fluxjava.notification.providers;

import io.fluxjava.notification.events.Event;
import java.util.List;
import java.util.Map;

/** Lark (Feishu) custom bots: an interactive card; commit-status updates are skipped. */
final class LarkNotifier implements Notifier {

  private final ProviderSettings settings;
  private final HttpSender http;

  LarkNotifier(ProviderSettings settings) {
    this.settings = settings;
    this.http = new HttpSender(settings);
  }

  @Override
  public void post(Event event) throws NotificationException {
    if (event.hasMetadata(Event.META_COMMIT_STATUS, Event.COMMIT_STATUS_UPDATE)) {
      return;
    }
    StringBuilder message = new StringBuilder("**").append(event.message()).append("**\n\n");
    event.metadata().forEach((k, v) -> message.append(k).append(": ").append(v).append('\n'));
    Map<String, Object> title =
        Map.of(
            "tag",
            "plain_text",
            "content",
            (event.isError() ? "🚨 " : "💫 ") + event.objectTitle());
    Map<String, Object> card =
        Map.of(
            "config", Map.of("wide_screen_mode", true),
            "header", Map.of("title", title, "template", event.isError() ? "red" : "turquoise"),
            "elements",
                List.of(
                    Map.of(
                        "tag",
                        "div",
                        "text",
                        Map.of("tag", "lark_md", "content", message.toString()))));
    http.postJson(settings.address(), Map.of("msg_type", "interactive", "card", card), Map.of());
  }
}
