package io.fluxjava.notification.providers;

import io.fluxjava.notification.events.Event;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Google Chat incoming webhooks, as a card with the message and one key/value per metadata. */
final class GoogleChatNotifier extends HttpNotifier {

  GoogleChatNotifier(ProviderSettings settings) {
    super(settings);
  }

  @Override
  public void post(Event event) throws NotificationException {
    Map<String, Object> header = new HashMap<>();
    header.put("title", event.objectTitle());
    header.put("subtitle", event.reportingController());
    header.put("imageUrl", null);
    header.put("imageStyle", null);
    String text =
        event.isError()
            ? "<font color=\"#ff0000\">" + event.message() + "</font>"
            : event.message();
    List<Map<String, Object>> sections = new ArrayList<>();
    sections.add(section(List.of(widget(Map.of("text", text), null))));
    if (!event.metadata().isEmpty()) {
      List<Map<String, Object>> keyValues = new ArrayList<>();
      event
          .metadata()
          .forEach(
              (k, v) -> {
                Map<String, Object> keyValue = new HashMap<>();
                keyValue.put("topLabel", k);
                keyValue.put("content", v);
                keyValue.put("contentMultiline", false);
                keyValue.put("bottomLabel", null);
                keyValue.put("icon", null);
                keyValues.add(widget(null, keyValue));
              });
      sections.add(section(keyValues));
    }
    Map<String, Object> card = Map.of("header", header, "sections", sections);
    http.postJson(settings.address(), Map.of("cards", List.of(card)), Map.of());
  }

  private static Map<String, Object> section(List<Map<String, Object>> widgets) {
    return Map.of("header", "", "widgets", widgets);
  }

  private static Map<String, Object> widget(Object textParagraph, Object keyValue) {
    Map<String, Object> widget = new HashMap<>();
    widget.put("textParagraph", textParagraph);
    widget.put("keyValue", keyValue);
    return widget;
  }
}
