package io.fluxjava.kustomizecontroller.sops;

import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * INI files: each section is a map of string values; the {@code [sops]} section holds the flattened
 * metadata. Keys before the first section belong to the {@code DEFAULT} section, as in the Go ini
 * library sops uses. Comments are not kept.
 */
final class IniStore implements SopsStore {

  private static final String DEFAULT_SECTION = "DEFAULT";
  private static final String TRIPLE_QUOTE = "\"\"\"";

  @Override
  public SopsDocument load(byte[] content) {
    Map<String, Object> branch = new LinkedHashMap<>();
    Map<String, String> section = sectionOf(branch, DEFAULT_SECTION);
    Iterator<String> lines = new String(content, StandardCharsets.UTF_8).lines().iterator();
    while (lines.hasNext()) {
      String line = lines.next().trim();
      if (line.isEmpty() || line.startsWith(";") || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("[") && line.endsWith("]")) {
        section = sectionOf(branch, line.substring(1, line.length() - 1).trim());
        continue;
      }
      int separator = separatorIndex(line);
      if (separator < 0) {
        section.put(line, "");
      } else {
        String value = line.substring(separator + 1).trim();
        section.put(
            line.substring(0, separator).trim(),
            value.startsWith(TRIPLE_QUOTE) ? multiLine(value, lines) : unquote(value));
      }
    }
    Object metadata = branch.remove(SopsMetadata.KEY);
    if (metadata == null) {
      throw SopsStore.metadataNotFound();
    }
    if (branch.get(DEFAULT_SECTION) instanceof Map<?, ?> defaults && defaults.isEmpty()) {
      branch.remove(DEFAULT_SECTION);
    }
    @SuppressWarnings("unchecked")
    Map<String, String> flat = (Map<String, String>) metadata;
    return new SopsDocument(List.of(branch), FlatMetadata.unflatten(flat));
  }

  @Override
  public byte[] emit(List<Map<String, Object>> branches) {
    StringBuilder out = new StringBuilder();
    branches
        .get(0)
        .forEach(
            (name, values) -> {
              if (!(values instanceof Map<?, ?> keys)) {
                throw new SopsException("cannot emit INI: section values must be maps");
              }
              if (!out.isEmpty()) {
                out.append('\n');
              }
              if (!DEFAULT_SECTION.equals(name)) {
                out.append('[').append(name).append("]\n");
              }
              keys.forEach(
                  (key, value) ->
                      out.append(key).append(" = ").append(ScalarText.of(value)).append('\n'));
            });
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, String> sectionOf(Map<String, Object> branch, String name) {
    return (Map<String, String>)
        branch.computeIfAbsent(name, n -> new LinkedHashMap<String, String>());
  }

  /** A {@code """…"""} value, which may span lines (newer sops writes PGP messages so). */
  private static String multiLine(String first, Iterator<String> lines) {
    StringBuilder value = new StringBuilder(first.substring(TRIPLE_QUOTE.length()));
    while (!endsMultiLine(value)) {
      if (!lines.hasNext()) {
        throw new SopsException("failed to load encrypted INI data: unterminated \"\"\" value");
      }
      value.append('\n').append(lines.next());
    }
    return value.substring(0, value.length() - TRIPLE_QUOTE.length());
  }

  private static boolean endsMultiLine(StringBuilder value) {
    return value.length() >= TRIPLE_QUOTE.length()
        && value.lastIndexOf(TRIPLE_QUOTE) == value.length() - TRIPLE_QUOTE.length();
  }

  private static int separatorIndex(String line) {
    int equals = line.indexOf('=');
    int colon = line.indexOf(':');
    if (equals < 0) {
      return colon;
    }
    return colon < 0 ? equals : Math.min(equals, colon);
  }

  private static String unquote(String value) {
    if (value.length() >= 2
        && (value.startsWith("\"") && value.endsWith("\"")
            || value.startsWith("'") && value.endsWith("'"))) {
      return value.substring(1, value.length() - 1);
    }
    return value;
  }
}
