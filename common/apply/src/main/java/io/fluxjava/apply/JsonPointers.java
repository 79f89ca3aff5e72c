package io.fluxjava.apply;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Deep copies of JSON-like trees (maps, lists, scalars) and removal of JSON pointer targets. */
final class JsonPointers {

  private JsonPointers() {}

  /** A copy whose maps and lists can be changed without touching the original. */
  static Object deepCopy(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      map.forEach((k, v) -> copy.put(String.valueOf(k), deepCopy(v)));
      return copy;
    }
    if (value instanceof List<?> list) {
      List<Object> copy = new ArrayList<>();
      list.forEach(v -> copy.add(deepCopy(v)));
      return copy;
    }
    return value;
  }

  /**
   * Removes what the pointer names from a tree built by {@link #deepCopy}; a pointer naming nothing
   * leaves the tree unchanged.
   */
  static void remove(Object root, String pointer) {
    if (pointer.isEmpty() || !pointer.startsWith("/")) {
      return;
    }
    String[] tokens = pointer.substring(1).split("/", -1);
    Object parent = root;
    for (int i = 0; i < tokens.length - 1 && parent != null; i++) {
      parent = child(parent, unescape(tokens[i]));
    }
    String last = unescape(tokens[tokens.length - 1]);
    if (parent instanceof Map<?, ?> map) {
      map.remove(last);
    } else if (parent instanceof List<?> list) {
      int index = index(last, list.size());
      if (index >= 0) {
        list.remove(index);
      }
    }
  }

  private static Object child(Object node, String token) {
    if (node instanceof Map<?, ?> map) {
      return map.get(token);
    }
    if (node instanceof List<?> list) {
      int index = index(token, list.size());
      return index >= 0 ? list.get(index) : null;
    }
    return null;
  }

  private static int index(String token, int size) {
    if (!token.matches("0|[1-9][0-9]{0,8}")) {
      return -1;
    }
    int index = Integer.parseInt(token);
    return index < size ? index : -1;
  }

  // RFC 6901: "~1" is "/", then "~0" is "~" (in this order, so "~01" stays "~1").
  private static String unescape(String token) {
    return token.replace("~1", "/").replace("~0", "~");
  }
}
