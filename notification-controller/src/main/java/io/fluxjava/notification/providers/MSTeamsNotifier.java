package io.fluxjava.notification.providers;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.fluxjava.notification.events.Event;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Microsoft Teams: an Adaptive Card for Workflows webhooks, or the legacy MessageCard when the
 * address is an Office 365 connector ({@code *.webhook.office.com}).
 */
final class MSTeamsNotifier extends HttpNotifier {

  private static final String SUMMARY = "summary";

  private final boolean legacyConnector;

  MSTeamsNotifier(ProviderSettings settings) {
    super(settings);
    String host = URI.create(settings.address()).getHost();
    this.legacyConnector = host != null && host.endsWith(".webhook.office.com");
  }

  @Override
  public void post(Event event) throws NotificationException {
    Object payload = legacyConnector ? messageCard(event) : adaptiveCard(event);
    http.postJson(settings.address(), payload, Map.of());
  }

  private static Map<String, Object> messageCard(Event event) {
    List<Map<String, String>> facts = new ArrayList<>();
    event.metadata().forEach((k, v) -> facts.add(Map.of("name", k, "value", v)));
    Map<String, Object> section = new LinkedHashMap<>();
    section.put("activityTitle", event.message());
    section.put("activitySubtitle", event.objectTitle());
    section.put("facts", facts);
    Map<String, Object> card = new LinkedHashMap<>();
    card.put("@type", "MessageCard");
    card.put("@context", "http://schema.org/extensions");
    card.put("themeColor", event.isError() ? "FF0000" : "0076D7");
    card.put("summary", event.objectTitle());
    card.put("sections", List.of(section));
    return card;
  }

  private static Message adaptiveCard(Event event) {
    List<Fact> facts = new ArrayList<>();
    // summary first, then the rest sorted by key (the metadata map is already sorted)
    String summary = event.metadata().get(SUMMARY);
    if (summary != null) {
      facts.add(new Fact(SUMMARY, summary));
    }
    event
        .metadata()
        .forEach(
            (k, v) -> {
              if (!SUMMARY.equals(k)) {
                facts.add(new Fact(k, v));
              }
            });
    List<Element> items =
        List.of(
            Element.text(event.objectTitle(), "large", "bolder", null),
            Element.text(event.message(), null, null, event.isError() ? "attention" : null),
            new Element("FactSet", null, null, null, null, null, null, facts));
    Content content =
        new Content(
            "http://adaptivecards.io/schemas/adaptive-card.json",
            "AdaptiveCard",
            "1.4",
            List.of(new Element("Container", items, null, null, null, null, null, null)),
            Map.of("width", "Full"));
    return new Message(
        "message", List.of(new Attachment("application/vnd.microsoft.card.adaptive", content)));
  }

  record Message(String type, List<Attachment> attachments) {}

  record Attachment(String contentType, Content content) {}

  record Content(
      @JsonProperty("$schema") String schema,
      String type,
      String version,
      List<Element> body,
      Map<String, String> msteams) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record Element(
      String type,
      List<Element> items,
      String text,
      String size,
      String weight,
      String color,
      Boolean wrap,
      List<Fact> facts) {

    static Element text(String text, String size, String weight, String color) {
      return new Element("TextBlock", null, text, size, weight, color, true, null);
    }
  }

  record Fact(String title, String value) {}
}
