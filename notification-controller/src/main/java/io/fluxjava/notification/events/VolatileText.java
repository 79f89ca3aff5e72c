package io.fluxjava.notification.events;

import java.util.regex.Pattern;

/**
 * Replaces the parts of an event message that change from one emission to the next without changing
 * its meaning (durations, timestamps, retry counts), so that duplicate suppression sees
 * "Reconciliation finished in 1.2s" and "Reconciliation finished in 980ms" as the same event.
 * Upstream keys on the raw message and lets such repeats through (notification-controller#509).
 */
public final class VolatileText {

  private static final String UNIT = "(?:ns|us|µs|ms|s|m|h)";

  // RFC 3339 and Go's time.String() forms, e.g. 2026-08-01T10:00:00Z, 2026-08-01 10:00:00.5 +0000
  // UTC
  private static final Pattern TIMESTAMP =
      Pattern.compile(
          "\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}:\\d{2}(?:[.,]\\d+)?"
              + "(?:Z|\\s?[+-]\\d{2}:?\\d{2})?(?:\\s?[A-Z]{2,5})?(?:\\s?m=[+-]\\d+(?:\\.\\d+)?)?");

  private static final Pattern CLOCK_TIME =
      Pattern.compile("\\b\\d{1,2}:\\d{2}:\\d{2}(?:\\.\\d+)?\\b");

  // Go durations such as 1.2s, 10m0s, 1h2m3.5s, 250ms
  private static final Pattern DURATION =
      Pattern.compile(
          "(?<![\\w.])\\d+(?:\\.\\d+)?" + UNIT + "(?:\\d+(?:\\.\\d+)?" + UNIT + ")*\\b");

  // "attempt 3", "retry #2", "retries: 4", "try 5 of 10"
  private static final Pattern COUNT_AFTER_WORD =
      Pattern.compile(
          "(?i)\\b(attempts?|retry|retries|retrying|tries|try|retried)(\\s*[:#]?\\s*)\\d+(?:\\s*(?:/|of)\\s*\\d+)?");

  // "3 attempts", "2 retries", "after 4 failures"
  private static final Pattern COUNT_BEFORE_WORD =
      Pattern.compile("(?i)\\b\\d+(\\s+(?:attempts?|retries|tries|times|failures))\\b");

  private VolatileText() {}

  /** The message with volatile parts replaced by placeholders. */
  public static String normalize(String message) {
    String text = TIMESTAMP.matcher(message).replaceAll("<time>");
    text = CLOCK_TIME.matcher(text).replaceAll("<time>");
    text = DURATION.matcher(text).replaceAll("<duration>");
    text = COUNT_AFTER_WORD.matcher(text).replaceAll("$1$2<n>");
    return COUNT_BEFORE_WORD.matcher(text).replaceAll("<n>$1");
  }
}
