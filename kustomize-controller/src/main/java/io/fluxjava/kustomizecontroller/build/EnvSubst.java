package io.fluxjava.kustomizecontroller.build;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Bash-style variable expansion as Flux's post-build substitution does it (fluxcd/pkg/envsubst):
 * only the braced form {@code ${...}} is expanded, {@code $$} stands for a literal {@code $}, and a
 * bare {@code $name} is left alone. In strict mode a variable that is not set and has no default is
 * an error.
 */
public final class EnvSubst {

  private static final Pattern NAME = Pattern.compile("[_A-Za-z][_A-Za-z0-9]*");

  private final Map<String, String> vars;
  private final boolean strict;

  public EnvSubst(Map<String, String> vars, boolean strict) {
    this.vars = Map.copyOf(vars);
    this.strict = strict;
  }

  /**
   * Expands every {@code ${...}} of {@code text}.
   *
   * @throws SubstitutionException for a malformed expression or, in strict mode, an unset variable
   */
  public String expand(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c != '$' || i + 1 >= text.length()) {
        out.append(c);
        i++;
      } else if (text.charAt(i + 1) == '$') {
        out.append('$');
        i += 2;
      } else if (text.charAt(i + 1) == '{') {
        int end = closingBrace(text, i + 2);
        out.append(evaluate(text.substring(i + 2, end)));
        i = end + 1;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  private static int closingBrace(String text, int from) {
    int depth = 1;
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        return i;
      }
    }
    throw new SubstitutionException("missing closing brace in '${" + text.substring(from) + "'");
  }

  private String evaluate(String expression) {
    if (expression.startsWith("#")) {
      return String.valueOf(value(requireName(expression.substring(1)), false).orElse("").length());
    }
    var matcher = NAME.matcher(expression);
    if (!matcher.lookingAt()) {
      throw new SubstitutionException("bad substitution: '${" + expression + "}'");
    }
    String name = matcher.group();
    String operation = expression.substring(name.length());
    if (operation.isEmpty()) {
      return value(name, false).orElse("");
    }
    return StringOperations.apply(this, name, operation);
  }

  private static String requireName(String name) {
    if (!NAME.matcher(name).matches()) {
      throw new SubstitutionException("bad substitution: '${#" + name + "}'");
    }
    return name;
  }

  /** The variable's value; absent when unset (an error in strict mode unless defaulted). */
  Optional<String> value(String name, boolean hasDefault) {
    String value = vars.get(name);
    if (value == null && strict && !hasDefault) {
      throw new SubstitutionException("variable not set (strict mode): \"" + name + "\"");
    }
    return Optional.ofNullable(value);
  }

  /** A substitution failed; the message is the one upstream writes in the BuildFailed condition. */
  public static class SubstitutionException extends RuntimeException {
    public SubstitutionException(String message) {
      super(message);
    }
  }
}
