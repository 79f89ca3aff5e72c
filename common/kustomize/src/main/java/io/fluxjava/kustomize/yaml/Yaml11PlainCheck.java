package io.fluxjava.kustomize.yaml;

import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells whether a string may be written unquoted by kustomize's YAML writer (go-yaml v2), that is
 * whether a YAML 1.1 reader would read it back as the same string and not as a bool, null, number
 * or timestamp.
 */
final class Yaml11PlainCheck {

  private static final Set<String> RESERVED =
      Set.of(
          "y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON", "n", "N", "no",
          "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF", "", "~", "null", "Null",
          "NULL", ".nan", ".NaN", ".NAN", ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF",
          "-.inf", "-.Inf", "-.INF");
  private static final Pattern FLOAT =
      Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
  private static final Pattern DOT_FLOAT = Pattern.compile("\\.[0-9]+([eE][-+]?[0-9]+)?");
  private static final Pattern BASE60 =
      Pattern.compile("[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\\.[0-9_]*)?");
  private static final Pattern TIMESTAMP =
      Pattern.compile(
          "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[Tt]\\d{1,2}:\\d{1,2}:\\d{1,2}(?:\\.\\d+)?"
              + "(?:Z|[-+]\\d{2}:\\d{2})| \\d{1,2}:\\d{1,2}:\\d{1,2}(?:\\.\\d+)?)?");
  private static final String SIGN_HINTS = "+-";
  private static final String MAP_HINTS = "yYnNtTfFoO~";

  private Yaml11PlainCheck() {}

  static boolean readsBackAsString(String s) {
    if (s.isEmpty()) {
      return false;
    }
    char hint = s.charAt(0);
    boolean digit = hint >= '0' && hint <= '9';
    boolean known =
        digit || hint == '.' || SIGN_HINTS.indexOf(hint) >= 0 || MAP_HINTS.indexOf(hint) >= 0;
    if (!known) {
      return true;
    }
    if (RESERVED.contains(s)) {
      return false;
    }
    if (hint == '.') {
      return !DOT_FLOAT.matcher(s).matches();
    }
    if (MAP_HINTS.indexOf(hint) >= 0) {
      return true;
    }
    if (isTimestamp(s)) {
      return false;
    }
    String plain = s.replace("_", "");
    if (PlainScalarResolver.parseGoInteger(plain) != null || FLOAT.matcher(plain).matches()) {
      return false;
    }
    return !BASE60.matcher(s).matches();
  }

  private static boolean isTimestamp(String s) {
    Matcher m = TIMESTAMP.matcher(s);
    if (!m.matches()) {
      return false;
    }
    try {
      LocalDate.of(
          Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }
}
