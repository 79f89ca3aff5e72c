package io.fluxjava.kustomize.yaml;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * Writes a value as YAML byte-for-byte like kustomize's output (its objects pass through JSON and
 * go-yaml v2): keys sorted in {@link GoKeyOrder}, two-space indentation, sequences not indented
 * under their key, the same quoting, block-literal and line-folding rules.
 */
public final class GoYamlWriter {

  private static final int BEST_INDENT = 2;
  private static final int BEST_WIDTH = 80;
  private static final int MAX_SIMPLE_KEY_BYTES = 128;

  private enum Style {
    PLAIN,
    SINGLE,
    DOUBLE,
    LITERAL
  }

  private final StringBuilder out = new StringBuilder();
  private final Deque<Integer> indents = new ArrayDeque<>();
  private int indent = -1;
  private int column;
  private boolean whitespace = true;
  private boolean indention = true;
  private boolean openEnded;
  private boolean mappingContext;
  private boolean simpleKeyContext;
  private boolean rootContext;

  private GoYamlWriter() {}

  /** Returns one YAML document (no leading "---") for the value. */
  public static String write(Object value) {
    GoYamlWriter w = new GoYamlWriter();
    w.document(value);
    return w.out.toString();
  }

  private void document(Object value) {
    rootContext = true;
    node(value);
    writeIndent();
    if (openEnded) {
      writeIndicator("...", true, false, false);
      writeIndent();
    }
  }

  private void node(Object value) {
    if (value instanceof Map<?, ?> map) {
      if (map.isEmpty()) {
        flowEmpty("{", "}");
      } else {
        blockMapping(map);
      }
    } else if (value instanceof List<?> list) {
      if (list.isEmpty()) {
        flowEmpty("[", "]");
      } else {
        blockSequence(list);
      }
    } else if (value instanceof String s) {
      string(s);
    } else {
      scalar(plainText(value), Style.PLAIN);
    }
  }

  private static String plainText(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof Double d) {
      return GoNumberFormat.formatFloat(d);
    }
    if (value instanceof Float f) {
      return GoNumberFormat.formatFloat(f.doubleValue());
    }
    if (value instanceof Boolean || value instanceof Long || value instanceof Integer) {
      return value.toString();
    }
    if (value instanceof BigInteger b) {
      return b.toString();
    }
    return String.valueOf(value);
  }

  private void string(String s) {
    Style style;
    if (s.indexOf('\n') >= 0) {
      style = Style.LITERAL;
    } else if (Yaml11PlainCheck.readsBackAsString(s)) {
      style = Style.PLAIN;
    } else {
      style = Style.DOUBLE;
    }
    scalar(s, style);
  }

  private void flowEmpty(String open, String close) {
    writeIndicator(open, true, true, false);
    writeIndicator(close, false, false, false);
  }

  private void blockMapping(Map<?, ?> map) {
    increaseIndent(false, false);
    List<String> keys = new ArrayList<>();
    for (Object k : map.keySet()) {
      keys.add(String.valueOf(k));
    }
    keys.sort(GoKeyOrder.INSTANCE);
    for (String key : keys) {
      writeIndent();
      boolean savedMapping = mappingContext;
      mappingContext = true;
      rootContext = false;
      if (isSimpleKey(key)) {
        simpleKeyContext = true;
        string(key);
        simpleKeyContext = false;
        writeIndicator(":", false, false, false);
      } else {
        writeIndicator("?", true, false, true);
        string(key);
        writeIndent();
        writeIndicator(":", true, false, true);
      }
      node(map.get(key));
      mappingContext = savedMapping;
    }
    popIndent();
  }

  /** Keys longer than 128 bytes or spanning lines are written in the explicit "? key" form. */
  private static boolean isSimpleKey(String key) {
    return !ScalarAnalysis.of(key).multiline
        && key.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= MAX_SIMPLE_KEY_BYTES;
  }

  private void blockSequence(List<?> list) {
    increaseIndent(false, mappingContext && !indention);
    for (Object item : list) {
      writeIndent();
      writeIndicator("-", true, false, true);
      boolean savedMapping = mappingContext;
      mappingContext = false;
      rootContext = false;
      node(item);
      mappingContext = savedMapping;
    }
    popIndent();
  }

  private void increaseIndent(boolean flow, boolean indentless) {
    indents.push(indent);
    if (indent < 0) {
      indent = flow ? BEST_INDENT : 0;
    } else if (!indentless) {
      indent += BEST_INDENT;
    }
  }

  private void popIndent() {
    indent = indents.pop();
  }

  private void scalar(String value, Style requested) {
    ScalarAnalysis analysis = ScalarAnalysis.of(value);
    Style style = selectStyle(value, requested, analysis);
    increaseIndent(true, false);
    boolean allowBreaks = !simpleKeyContext;
    switch (style) {
      case PLAIN -> writePlain(value, allowBreaks);
      case SINGLE -> writeSingleQuoted(value, allowBreaks);
      case DOUBLE -> writeDoubleQuoted(value, allowBreaks);
      case LITERAL -> writeLiteral(value);
    }
    popIndent();
  }

  private Style selectStyle(String value, Style requested, ScalarAnalysis a) {
    Style style = requested;
    if (simpleKeyContext && a.multiline) {
      style = Style.DOUBLE;
    }
    if (style == Style.PLAIN) {
      if (!a.blockPlainAllowed || (value.isEmpty() && simpleKeyContext)) {
        style = Style.SINGLE;
      }
    }
    if (style == Style.SINGLE && !a.singleQuotedAllowed) {
      style = Style.DOUBLE;
    }
    if (style == Style.LITERAL && (!a.blockAllowed || simpleKeyContext)) {
      style = Style.DOUBLE;
    }
    return style;
  }

  private void writePlain(String value, boolean allowBreaks) {
    if (!whitespace) {
      put(' ');
    }
    int[] cp = value.codePoints().toArray();
    boolean spaces = false;
    for (int i = 0; i < cp.length; i++) {
      if (cp[i] == ' ') {
        if (allowBreaks
            && !spaces
            && column > BEST_WIDTH
            && !(i + 1 < cp.length && cp[i + 1] == ' ')) {
          writeIndent();
        } else {
          write(cp[i]);
        }
        spaces = true;
      } else {
        write(cp[i]);
        indention = false;
        spaces = false;
      }
    }
    whitespace = false;
    indention = false;
    if (rootContext) {
      openEnded = true;
    }
  }

  private void writeSingleQuoted(String value, boolean allowBreaks) {
    writeIndicator("'", true, false, false);
    int[] cp = value.codePoints().toArray();
    boolean spaces = false;
    boolean breaks = false;
    for (int i = 0; i < cp.length; i++) {
      int c = cp[i];
      if (c == ' ') {
        if (allowBreaks
            && !spaces
            && column > BEST_WIDTH
            && i != 0
            && i != cp.length - 1
            && !(i + 1 < cp.length && cp[i + 1] == ' ')) {
          writeIndent();
        } else {
          write(c);
        }
        spaces = true;
      } else if (ScalarAnalysis.isBreak(c)) {
        if (!breaks && c == '\n') {
          putBreak();
        }
        writeBreak(c);
        indention = true;
        breaks = true;
      } else {
        if (breaks) {
          writeIndent();
        }
        if (c == '\'') {
          put('\'');
        }
        write(c);
        indention = false;
        spaces = false;
        breaks = false;
      }
    }
    if (breaks) {
      writeIndent();
    }
    writeIndicator("'", false, false, false);
  }

  private void writeDoubleQuoted(String value, boolean allowBreaks) {
    writeIndicator("\"", true, false, false);
    int[] cp = value.codePoints().toArray();
    boolean spaces = false;
    for (int i = 0; i < cp.length; i++) {
      int c = cp[i];
      if (!ScalarAnalysis.isPrintable(c)
          || c == 0xFEFF
          || ScalarAnalysis.isBreak(c)
          || c == '"'
          || c == '\\') {
        put('\\');
        writeEscape(c);
        spaces = false;
      } else if (c == ' ') {
        if (allowBreaks && !spaces && column > BEST_WIDTH && i != 0 && i != cp.length - 1) {
          writeIndent();
          if (i + 1 < cp.length && cp[i + 1] == ' ') {
            put('\\');
          }
        } else {
          write(c);
        }
        spaces = true;
      } else {
        write(c);
        spaces = false;
      }
    }
    writeIndicator("\"", false, false, false);
  }

  private void writeEscape(int c) {
    String simple =
        switch (c) {
          case 0x00 -> "0";
          case 0x07 -> "a";
          case 0x08 -> "b";
          case 0x09 -> "t";
          case 0x0A -> "n";
          case 0x0B -> "v";
          case 0x0C -> "f";
          case 0x0D -> "r";
          case 0x1B -> "e";
          case 0x22 -> "\"";
          case 0x5C -> "\\";
          case 0x85 -> "N";
          case 0xA0 -> "_";
          case 0x2028 -> "L";
          case 0x2029 -> "P";
          default -> null;
        };
    if (simple != null) {
      append(simple);
    } else if (c <= 0xFF) {
      append(String.format("x%02X", c));
    } else if (c <= 0xFFFF) {
      append(String.format("u%04X", c));
    } else {
      append(String.format("U%08X", c));
    }
  }

  private void writeLiteral(String value) {
    writeIndicator("|", true, false, false);
    writeBlockScalarHints(value);
    putBreak();
    indention = true;
    whitespace = true;
    boolean breaks = true;
    int[] cp = value.codePoints().toArray();
    for (int c : cp) {
      if (ScalarAnalysis.isBreak(c)) {
        writeBreak(c);
        indention = true;
        breaks = true;
      } else {
        if (breaks) {
          writeIndent();
          breaks = false;
        }
        write(c);
        indention = false;
      }
    }
  }

  private void writeBlockScalarHints(String value) {
    StringBuilder hints = new StringBuilder();
    if (!value.isEmpty() && (value.charAt(0) == ' ' || ScalarAnalysis.isBreak(value.charAt(0)))) {
      hints.append(BEST_INDENT);
    }
    openEnded = false;
    if (value.isEmpty() || !ScalarAnalysis.isBreak(value.charAt(value.length() - 1))) {
      hints.append('-');
    } else if (value.length() == 1 || ScalarAnalysis.isBreak(value.charAt(value.length() - 2))) {
      hints.append('+');
      openEnded = true;
    }
    if (!hints.isEmpty()) {
      writeIndicator(hints.toString(), false, false, false);
      if (hints.charAt(hints.length() - 1) == '+') {
        openEnded = true;
      }
    }
  }

  private void writeIndicator(
      String indicator, boolean needWhitespace, boolean isWhitespace, boolean isIndention) {
    if (needWhitespace && !whitespace) {
      put(' ');
    }
    append(indicator);
    whitespace = isWhitespace;
    indention = indention && isIndention;
    openEnded = false;
  }

  private void writeIndent() {
    int target = Math.max(indent, 0);
    if (!indention || column > target || (column == target && !whitespace)) {
      putBreak();
    }
    while (column < target) {
      put(' ');
    }
    whitespace = true;
    indention = true;
  }

  private void put(char c) {
    out.append(c);
    column++;
  }

  private void write(int codePoint) {
    out.appendCodePoint(codePoint);
    column++;
  }

  private void append(String s) {
    out.append(s);
    column += s.codePointCount(0, s.length());
  }

  private void putBreak() {
    out.append('\n');
    column = 0;
  }

  private void writeBreak(int c) {
    if (c == '\n') {
      putBreak();
    } else {
      out.appendCodePoint(c);
      column = 0;
    }
  }
}
