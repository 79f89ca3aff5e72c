package io.fluxjava.source.helm;

import java.util.Locale;

/** Byte counts in the decimal units upstream's messages use ({@code 1.234kB}, {@code 5MB}). */
final class HumanSize {

  private static final String[] UNITS = {"B", "kB", "MB", "GB", "TB"};

  private HumanSize() {}

  static String format(long bytes) {
    double value = bytes;
    int unit = 0;
    while (value >= 1000 && unit < UNITS.length - 1) {
      value /= 1000;
      unit++;
    }
    String number = String.format(Locale.ROOT, "%.4g", value);
    if (number.contains(".")) {
      number = number.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
    return number + UNITS[unit];
  }
}
