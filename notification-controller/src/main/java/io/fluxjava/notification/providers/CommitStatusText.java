package io.fluxjava.notification.providers;

import io.fluxjava.notification.events.Event;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The texts git providers attach to a commit status: name {@code kind/name} and description (the
 * reason split at camel case, lower case), plus the per-cluster status identifier.
 */
record CommitStatusText(String name, String description) {

  private static final Pattern HASH = Pattern.compile("^(?:[0-9a-f]{40}|[0-9a-f]{64})$");

  static CommitStatusText of(Event event) {
    String name =
        (event.involvedObject().kind() + "/" + event.involvedObject().name())
            .toLowerCase(Locale.ROOT);
    String description = String.join(" ", splitCamelCase(event.reason())).toLowerCase(Locale.ROOT);
    return new CommitStatusText(name, description);
  }

  /** {@code kind/name/<first UID segment>} in lower case: unique per Provider and object. */
  static String statusId(String providerUid, Event event) {
    String uidPart = providerUid.split("-", 2)[0];
    return (event.involvedObject().kind() + "/" + event.involvedObject().name() + "/" + uidPart)
        .toLowerCase(Locale.ROOT);
  }

  /**
   * The commit hash of the event's {@code revision} metadata: {@code main@sha1:<hash>}, {@code
   * sha1:<hash>} or the legacy {@code main/<hash>}.
   */
  static String commitHash(Event event) throws NotificationException {
    String revision = event.metadata().get(Event.META_REVISION);
    if (revision == null) {
      throw new NotificationException("missing revision metadata", false);
    }
    String hash = revision.substring(revision.lastIndexOf('@') + 1);
    hash = hash.substring(hash.indexOf(':') + 1);
    hash = hash.substring(hash.lastIndexOf('/') + 1);
    if (!HASH.matcher(hash).matches()) {
      throw new NotificationException(
          "failed to extract commit hash from '" + revision + "' revision", false);
    }
    return hash;
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
