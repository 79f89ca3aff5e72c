package io.fluxjava.kustomizecontroller.build;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The operators after a variable name in {@code ${name<operation>}}: defaults ({@code -}, {@code
 * :-}, {@code =}, {@code :=}), case changes ({@code ^}, {@code ^^}, {@code ,}, {@code ,,}),
 * substrings ({@code :offset:length}), prefix and suffix removal ({@code #}, {@code ##}, {@code %},
 * {@code %%}) and replacement ({@code /}, {@code //}, {@code /#}, {@code /%}), with shell glob
 * patterns.
 */
final class StringOperations {

  private static final Pattern SUBSTRING = Pattern.compile(":\\s*(-?\\d+)(?::\\s*(-?\\d+))?");

  private StringOperations() {}

  static String apply(EnvSubst subst, String name, String op) {
    if (op.startsWith(":-") || op.startsWith(":=")) {
      String value = subst.value(name, true).orElse("");
      return value.isEmpty() ? subst.expand(op.substring(2)) : value;
    }
    if (op.startsWith("-") || op.startsWith("=")) {
      return subst.value(name, true).orElseGet(() -> subst.expand(op.substring(1)));
    }
    String value = subst.value(name, false).orElse("");
    return switch (op) {
      case "^^" -> value.toUpperCase(Locale.ROOT);
      case ",," -> value.toLowerCase(Locale.ROOT);
      case "^" ->
          value.isEmpty()
              ? value
              : value.substring(0, 1).toUpperCase(Locale.ROOT) + value.substring(1);
      case "," ->
          value.isEmpty()
              ? value
              : value.substring(0, 1).toLowerCase(Locale.ROOT) + value.substring(1);
      default -> patternOperation(subst, value, op);
    };
  }

  private static String patternOperation(EnvSubst subst, String value, String op) {
    Matcher substring = SUBSTRING.matcher(op);
    if (substring.matches()) {
      return substring(value, substring.group(1), substring.group(2));
    }
    if (op.startsWith("##")) {
      return removePrefix(value, subst.expand(op.substring(2)), true);
    }
    if (op.startsWith("#")) {
      return removePrefix(value, subst.expand(op.substring(1)), false);
    }
    if (op.startsWith("%%")) {
      return removeSuffix(value, subst.expand(op.substring(2)), true);
    }
    if (op.startsWith("%")) {
      return removeSuffix(value, subst.expand(op.substring(1)), false);
    }
    if (op.startsWith("/")) {
      return replace(subst, value, op.substring(1));
    }
    throw new EnvSubst.SubstitutionException(
        "bad substitution: unsupported operation '" + op + "'");
  }

  private static String substring(String value, String offsetText, String lengthText) {
    int offset = Integer.parseInt(offsetText);
    int start =
        offset < 0 ? Math.max(0, value.length() + offset) : Math.min(offset, value.length());
    if (lengthText == null) {
      return value.substring(start);
    }
    int length = Integer.parseInt(lengthText);
    int end = length < 0 ? value.length() + length : start + length;
    return end <= start ? "" : value.substring(start, Math.min(end, value.length()));
  }

  private static String removePrefix(String value, String glob, boolean longest) {
    Pattern pattern = globPattern(glob);
    for (int i = 0; i <= value.length(); i++) {
      int end = longest ? value.length() - i : i;
      if (pattern.matcher(value.substring(0, end)).matches()) {
        return value.substring(end);
      }
    }
    return value;
  }

  private static String removeSuffix(String value, String glob, boolean longest) {
    Pattern pattern = globPattern(glob);
    for (int i = 0; i <= value.length(); i++) {
      int start = longest ? i : value.length() - i;
      if (pattern.matcher(value.substring(start)).matches()) {
        return value.substring(0, start);
      }
    }
    return value;
  }

  private static String replace(EnvSubst subst, String value, String spec) {
    boolean all = spec.startsWith("/");
    boolean anchoredStart = spec.startsWith("#");
    boolean anchoredEnd = spec.startsWith("%");
    String rest = all || anchoredStart || anchoredEnd ? spec.substring(1) : spec;
    int slash = rest.indexOf('/');
    String glob = subst.expand(slash < 0 ? rest : rest.substring(0, slash));
    String replacement = slash < 0 ? "" : subst.expand(rest.substring(slash + 1));
    String regex = globRegex(glob);
    if (anchoredStart) {
      return value.replaceFirst("^" + regex, Matcher.quoteReplacement(replacement));
    }
    if (anchoredEnd) {
      return value.replaceFirst(regex + "$", Matcher.quoteReplacement(replacement));
    }
    return all
        ? value.replaceAll(regex, Matcher.quoteReplacement(replacement))
        : value.replaceFirst(regex, Matcher.quoteReplacement(replacement));
  }

  private static Pattern globPattern(String glob) {
    return Pattern.compile(globRegex(glob), Pattern.DOTALL);
  }

  /** A shell glob as a regular expression: {@code *} any run, {@code ?} one character. */
  private static String globRegex(String glob) {
    StringBuilder regex = new StringBuilder();
    StringBuilder literal = new StringBuilder();
    for (char c : glob.toCharArray()) {
      if (c == '*' || c == '?') {
        regex.append(Pattern.quote(literal.toString()));
        literal.setLength(0);
        regex.append(c == '*' ? ".*" : ".");
      } else {
        literal.append(c);
      }
    }
    return regex.append(Pattern.quote(literal.toString())).toString();
  }
}
