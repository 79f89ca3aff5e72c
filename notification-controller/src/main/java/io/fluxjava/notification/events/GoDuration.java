package io.fluxjava.notification.events;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses Go duration strings such as {@code 5m}, {@code 1h30m}, {@code 250ms} (flag values). */
public final class GoDuration {

  private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ns|us|µs|ms|s|m|h)");

  private GoDuration() {}

  public static Duration parse(String text) {
    Matcher matcher = PART.matcher(text.trim());
    double nanos = 0;
    int end = 0;
    while (matcher.find() && matcher.start() == end) {
      end = matcher.end();
      double value = Double.parseDouble(matcher.group(1));
      nanos +=
          value
              * switch (matcher.group(2)) {
                case "ns" -> 1;
                case "us", "µs" -> 1e3;
                case "ms" -> 1e6;
                case "s" -> 1e9;
                case "m" -> 60e9;
                default -> 3600e9;
              };
    }
    if (end == 0 || end != text.trim().length()) {
      throw new IllegalArgumentException("invalid duration \"" + text + "\"");
    }
    return Duration.ofNanos((long) nanos);
  }
}
