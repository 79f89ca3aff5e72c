package io.fluxjava.kustomize.yaml;

/**
 * What a scalar's characters allow: plain, single-quoted or block style, following the rules of the
 * libyaml emitter that kustomize's YAML writer is ported from.
 */
final class ScalarAnalysis {

  boolean multiline;
  boolean flowPlainAllowed = true;
  boolean blockPlainAllowed = true;
  boolean singleQuotedAllowed = true;
  boolean blockAllowed = true;

  static ScalarAnalysis of(String value) {
    ScalarAnalysis a = new ScalarAnalysis();
    if (value.isEmpty()) {
      a.flowPlainAllowed = false;
      a.singleQuotedAllowed = true;
      a.blockAllowed = false;
      return a;
    }
    a.scan(value.codePoints().toArray());
    return a;
  }

  private void scan(int[] cp) {
    boolean blockIndicators = false;
    boolean flowIndicators = false;
    boolean lineBreaks = false;
    boolean specialCharacters = false;
    boolean leadingSpace = false;
    boolean leadingBreak = false;
    boolean trailingSpace = false;
    boolean trailingBreak = false;
    boolean breakSpace = false;
    boolean spaceBreak = false;
    boolean previousSpace = false;
    boolean previousBreak = false;
    if (cp.length >= 3
        && ((cp[0] == '-' && cp[1] == '-' && cp[2] == '-')
            || (cp[0] == '.' && cp[1] == '.' && cp[2] == '.'))) {
      blockIndicators = true;
      flowIndicators = true;
    }
    boolean precededByWhitespace = true;
    for (int i = 0; i < cp.length; i++) {
      int c = cp[i];
      boolean followedByWhitespace = i + 1 >= cp.length || isBlank(cp[i + 1]);
      if (i == 0) {
        switch (c) {
          case '#', ',', '[', ']', '{', '}', '&', '*', '!', '|', '>', '\'', '"', '%', '@', '`' -> {
            flowIndicators = true;
            blockIndicators = true;
          }
          case '?', ':' -> {
            flowIndicators = true;
            blockIndicators |= followedByWhitespace;
          }
          case '-' -> {
            if (followedByWhitespace) {
              flowIndicators = true;
              blockIndicators = true;
            }
          }
          default -> {}
        }
      } else {
        switch (c) {
          case ',', '?', '[', ']', '{', '}' -> flowIndicators = true;
          case ':' -> {
            flowIndicators = true;
            blockIndicators |= followedByWhitespace;
          }
          case '#' -> {
            if (precededByWhitespace) {
              flowIndicators = true;
              blockIndicators = true;
            }
          }
          default -> {}
        }
      }
      if (!isPrintable(c)) {
        specialCharacters = true;
      }
      if (c == ' ') {
        leadingSpace |= i == 0;
        trailingSpace |= i == cp.length - 1;
        breakSpace |= previousBreak;
        previousSpace = true;
        previousBreak = false;
      } else if (isBreak(c)) {
        lineBreaks = true;
        leadingBreak |= i == 0;
        trailingBreak |= i == cp.length - 1;
        spaceBreak |= previousSpace;
        previousSpace = false;
        previousBreak = true;
      } else {
        previousSpace = false;
        previousBreak = false;
      }
      precededByWhitespace = isBlank(c) || isBreak(c);
    }
    multiline = lineBreaks;
    if (leadingSpace || leadingBreak || trailingSpace || trailingBreak) {
      flowPlainAllowed = false;
      blockPlainAllowed = false;
    }
    if (trailingSpace) {
      blockAllowed = false;
    }
    if (breakSpace) {
      flowPlainAllowed = false;
      blockPlainAllowed = false;
      singleQuotedAllowed = false;
    }
    if (spaceBreak || specialCharacters) {
      flowPlainAllowed = false;
      blockPlainAllowed = false;
      singleQuotedAllowed = false;
      blockAllowed = false;
    }
    if (lineBreaks) {
      flowPlainAllowed = false;
      blockPlainAllowed = false;
    }
    if (flowIndicators) {
      flowPlainAllowed = false;
    }
    if (blockIndicators) {
      blockPlainAllowed = false;
    }
  }

  static boolean isBlank(int c) {
    return c == ' ' || c == '\t';
  }

  static boolean isBreak(int c) {
    return c == '\r' || c == '\n' || c == 0x85 || c == 0x2028 || c == 0x2029;
  }

  static boolean isPrintable(int c) {
    return c == 0x0A
        || (c >= 0x20 && c <= 0x7E)
        || (c >= 0xA0 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF);
  }
}
