package io.fluxjava.notification.providers;

import io.fluxjava.notification.events.Event;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Telegram Bot API {@code sendMessage} in MarkdownV2; {@code channel} is the chat id, optionally
 * {@code <chat>:<thread>}. The API base is {@code https://api.telegram.org} unless the address
 * names another host (a Bot API server of one's own).
 */
final class TelegramNotifier extends HttpNotifier {

  private static final String DEFAULT_API = "https://api.telegram.org";
  private static final String SPECIAL = "\\.-_[]()~>`#+=|{}!*";

  private final String apiBase;

  TelegramNotifier(ProviderSettings settings) {
    super(settings);
    if (settings.channel().isEmpty()) {
      throw new IllegalArgumentException("empty Telegram channel");
    }
    if (settings.token().isEmpty()) {
      throw new IllegalArgumentException("empty Telegram token");
    }
    this.apiBase = apiBase(settings.address());
  }

  @Override
  public void post(Event event) throws NotificationException {
    String heading =
        ChatText.emoji(event)
            + " "
            + event.involvedObject().kind().toLowerCase(Locale.ROOT)
            + "/"
            + event.involvedObject().name()
            + "/"
            + event.involvedObject().namespace();
    String text =
        "*"
            + escape(heading)
            + "*\n"
            + escape(event.message())
            + "\n"
            + ChatText.metadataLines(event, (k, v) -> "\\- *" + escape(k) + "*: " + escape(v));
    String[] chatAndThread = settings.channel().split(":", 2);
    Map<String, String> payload = new LinkedHashMap<>();
    payload.put("chat_id", chatAndThread[0]);
    if (chatAndThread.length == 2) {
      payload.put("message_thread_id", chatAndThread[1]);
    }
    payload.put("text", text);
    payload.put("parse_mode", "MarkdownV2");
    http.postJson(apiBase + "/bot" + settings.token() + "/sendMessage", payload, Map.of());
  }

  /** Escapes the characters MarkdownV2 reserves. */
  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      if (SPECIAL.indexOf(c) >= 0) {
        escaped.append('\\');
      }
      escaped.append(c);
    }
    return escaped.toString();
  }

  private static String apiBase(String address) {
    if (address.isEmpty()) {
      return DEFAULT_API;
    }
    URI uri = URI.create(address);
    return uri.getScheme() + "://" + uri.getRawAuthority();
  }
}
