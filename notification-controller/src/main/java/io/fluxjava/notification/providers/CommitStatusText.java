package io.fluxjava.notification.providers;

import io.fluxjava.notification.events.Event;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The texts of a commit status: name {@code kind/name} and description (the reason split at camel
 * case, lower case).
 */
record CommitStatusText(String name, String description) {

  static CommitStatusText of(Event event) {
    String name =
        (event.involvedObject().kind() + "/" + event.involvedObject().name())
            .toLowerCase(Locale.ROOT);
    String description = String.join(" ", splitCamelCase(event.reason())).toLowerCase(Locale.ROOT);
    return new CommitStatusText(name, description);
  }

  // "ReconciliationSucceeded" -> [Reconciliation, Succeeded]; "PDFLoader" -> [PDF, Loader]
  private static List<String> splitCamelCase(String text) {
    List<String> words = new ArrayList<>();
    Matcher matcher =
        Pattern.compile(
                "\\p{Lu}+(?=\\p{Lu}\\p{Ll})|\\p{Lu}?\\p{Ll}+|\\p{Lu}+|\\p{N}+|[^\\p{L}\\p{N}]+")
            .matcher(text);
    while (matcher.find()) {
      words.add(matcher.group());
    }
    return words;
  }
}
