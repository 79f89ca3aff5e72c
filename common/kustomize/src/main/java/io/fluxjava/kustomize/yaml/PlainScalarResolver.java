package io.fluxjava.kustomize.yaml;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves an untagged plain scalar to a Java value the way kustomize's YAML 1.2 reader (go-yaml
 * v3) decodes it: null, booleans, integers (with 0x/0o/0b/leading-zero octal and underscores),
 * floats and timestamps (kept as their RFC 3339 JSON text, since kustomize serialises through
 * JSON).
 */
public final class PlainScalarResolver {

  private static final Set<String> NULLS = Set.of("", "~", "null", "Null", "NULL");
  private static final Set<String> TRUES = Set.of("true", "True", "TRUE");
  private static final Set<String> FALSES = Set.of("false", "False", "FALSE");
  private static final Pattern FLOAT =
      Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
  private static final Pattern TIMESTAMP =
      Pattern.compile(
          "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:(?:[Tt]|[ \\t]+)(\\d{1,2}):(\\d{1,2}):(\\d{1,2})"
              + "(?:\\.(\\d{1,9}))?[ \\t]*(Z|[-+]\\d{1,2}(?::\\d{2})?)?)?");

  /** Go's time.RFC3339Nano: fraction without trailing zeros, "Z" for UTC. */
  private static final DateTimeFormatter RFC3339_NANO =
      new DateTimeFormatterBuilder()
          .appendPattern("uuuu-MM-dd'T'HH:mm:ss")
          .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
          .appendOffset("+HH:MM", "Z")
          .toFormatter();

  private static final BigInteger UINT64_MAX = new BigInteger("18446744073709551615");

  private PlainScalarResolver() {}

  /**
   * Returns the decoded value of a plain scalar: null, Boolean, Long, BigInteger, Double or String.
   */
  public static Object resolve(String text) {
    if (NULLS.contains(text)) {
      return null;
    }
    if (TRUES.contains(text)) {
      return Boolean.TRUE;
    }
    if (FALSES.contains(text)) {
      return Boolean.FALSE;
    }
    char first = text.charAt(0);
    if (first == '.') {
      Double special = specialFloat(text);
      if (special != null) {
        return special;
      }
    }
    if ("+-.0123456789".indexOf(first) < 0) {
      return text;
    }
    if (first >= '0' && first <= '9') {
      String timestamp = timestamp(text);
      if (timestamp != null) {
        return timestamp;
      }
    }
    if (text.length() > 1 && (text.startsWith("+.") || text.startsWith("-."))) {
      Double special = specialFloat(text.substring(1));
      if (special != null) {
        return text.charAt(0) == '-' ? -special : special;
      }
    }
    String plain = text.replace("_", "");
    Object integer = parseGoInteger(plain);
    if (integer != null) {
      return integer;
    }
    if (FLOAT.matcher(plain).matches()) {
      return Double.parseDouble(plain);
    }
    return text;
  }

  private static Double specialFloat(String text) {
    switch (text) {
      case ".inf", ".Inf", ".INF":
        return Double.POSITIVE_INFINITY;
      case ".nan", ".NaN", ".NAN":
        return Double.NaN;
      default:
        return null;
    }
  }

  /** Parses like Go's strconv.ParseInt(s, 0, 64), falling back to ParseUint; null when invalid. */
  static Object parseGoInteger(String s) {
    if (s.isEmpty()) {
      return null;
    }
    boolean negative = false;
    String body = s;
    if (body.charAt(0) == '+' || body.charAt(0) == '-') {
      negative = body.charAt(0) == '-';
      body = body.substring(1);
    }
    int radix = 10;
    if (body.length() > 1 && body.charAt(0) == '0') {
      char p = Character.toLowerCase(body.charAt(1));
      if (p == 'x' || p == 'o' || p == 'b') {
        radix = p == 'x' ? 16 : p == 'o' ? 8 : 2;
        body = body.substring(2);
      } else {
        radix = 8;
        body = body.substring(1);
      }
    }
    final int base = radix;
    if (body.isEmpty() || !body.chars().allMatch(c -> Character.digit(c, base) >= 0)) {
      return null;
    }
    BigInteger value = new BigInteger(body, base);
    if (negative) {
      value = value.negate();
    }
    if (value.bitLength() < 64) {
      return value.longValue();
    }
    if (!negative && value.compareTo(UINT64_MAX) <= 0) {
      return value;
    }
    return null;
  }

  private static String timestamp(String text) {
    Matcher m = TIMESTAMP.matcher(text);
    if (!m.matches()) {
      return null;
    }
    try {
      LocalDate date =
          LocalDate.of(
              Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3)));
      if (m.group(4) == null) {
        return date.atStartOfDay().atOffset(ZoneOffset.UTC).format(RFC3339_NANO);
      }
      String fraction = m.group(7) == null ? "" : m.group(7);
      int nanos =
          fraction.isEmpty() ? 0 : Integer.parseInt((fraction + "000000000").substring(0, 9));
      LocalDateTime time =
          date.atTime(
              Integer.parseInt(m.group(4)),
              Integer.parseInt(m.group(5)),
              Integer.parseInt(m.group(6)),
              nanos);
      ZoneOffset offset = offset(m.group(8));
      return OffsetDateTime.of(time, offset).format(RFC3339_NANO);
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static ZoneOffset offset(String zone) {
    if (zone == null || zone.equals("Z")) {
      return ZoneOffset.UTC;
    }
    String[] parts = zone.substring(1).split(":");
    int hours = Integer.parseInt(parts[0]);
    int minutes = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
    int sign = zone.charAt(0) == '-' ? -1 : 1;
    return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
  }
}
