package io.fluxjava.notification.providers;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.fluxjava.notification.events.Event;
import java.util.List;

/** Slack's message with one attachment; Discord and Rocket.Chat accept the same shape. */
record SlackPayload(
    String channel,
    String username,
    @JsonProperty("icon_url") String iconUrl,
    @JsonProperty("icon_emoji") String iconEmoji,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) String text,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Attachment> attachments) {

  /** One message attachment: coloured bar, author line, text and metadata fields. */
  record Attachment(
      String color,
      @JsonProperty("author_name") String authorName,
      String text,
      @JsonProperty("mrkdwn_in") List<String> mrkdwnIn,
      List<Field> fields) {}

  /** One metadata entry shown under the message. */
  record Field(String title, String value, @JsonProperty("short") boolean isShort) {}

  /**
   * Slack's message for an event (Discord's too): sent as {@code username}, or as the reporting
   * controller when that is empty; red for errors, green otherwise.
   */
  static SlackPayload of(String channel, String username, Event event) {
    String sender = username.isEmpty() ? event.reportingController() : username;
    String color = event.isError() ? "danger" : "good";
    return new SlackPayload(
        channel, sender, "", "", null, List.of(attachment(event, color, event.objectTitle())));
  }

  /** The attachment every Slack-like provider builds from an event. */
  static Attachment attachment(Event event, String color, String authorName) {
    List<Field> fields =
        event.metadata().entrySet().stream()
            .map(entry -> new Field(entry.getKey(), entry.getValue(), false))
            .toList();
    return new Attachment(color, authorName, event.message(), List.of("text"), fields);
  }
}
