package io.fluxjava.helm.values;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Helm's value merging: maps merge key by key, anything else is replaced by the later value. */
final class ValuesMerger {

  private ValuesMerger() {}

  @SuppressWarnings("unchecked")
  static void mergeInto(Map<String, Object> base, Map<String, Object> overlay) {
    for (Map.Entry<String, Object> entry : overlay.entrySet()) {
      Object existing = base.get(entry.getKey());
      if (existing instanceof Map<?, ?> left && entry.getValue() instanceof Map<?, ?> right) {
        Map<String, Object> merged = new LinkedHashMap<>((Map<String, Object>) left);
        mergeInto(merged, (Map<String, Object>) right);
        base.put(entry.getKey(), merged);
      } else {
        base.put(entry.getKey(), entry.getValue());
      }
    }
  }

  /**
   * Sets {@code value} at a dotted {@code path} ({@code a.b.c}; {@code \.} escapes a dot), creating
   * the maps on the way, as Helm's {@code --set} does.
   */
  @SuppressWarnings("unchecked")
  static void setPath(Map<String, Object> values, String path, Object value) {
    List<String> keys = splitPath(path);
    Map<String, Object> current = values;
    for (String key : keys.subList(0, keys.size() - 1)) {
      Object next = current.get(key);
      if (!(next instanceof Map<?, ?>)) {
        next = new LinkedHashMap<String, Object>();
        current.put(key, next);
      }
      current = (Map<String, Object>) next;
    }
    current.put(keys.get(keys.size() - 1), value);
  }

  private static List<String> splitPath(String path) {
    List<String> keys = new java.util.ArrayList<>();
    StringBuilder key = new StringBuilder();
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c == '\\' && i + 1 < path.length()) {
        key.append(path.charAt(++i));
      } else if (c == '.') {
        keys.add(key.toString());
        key.setLength(0);
      } else {
        key.append(c);
      }
    }
    keys.add(key.toString());
    return keys;
  }
}
