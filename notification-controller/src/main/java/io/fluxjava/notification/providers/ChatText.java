package io.fluxjava.notification.providers;

import io.fluxjava.notification.events.Event;
import java.util.function.BinaryOperator;

/** Text the chat providers share: the severity emoji, the headline and the metadata lines. */
final class ChatText {

  private ChatText() {}

  /** 🚨 for errors, 💫 otherwise. */
  static String emoji(Event event) {
    return event.isError() ? "🚨" : "💫";
  }

  /** The emoji and {@code kind/name.namespace}. */
  static String headline(Event event) {
    return emoji(event) + " " + event.objectTitle();
  }

  /** One line per metadata entry as {@code line} formats key and value, each ended by newline. */
  static String metadataLines(Event event, BinaryOperator<String> line) {
    StringBuilder lines = new StringBuilder();
    event.metadata().forEach((k, v) -> lines.append(line.apply(k, v)).append('\n'));
    return lines.toString();
  }
}
