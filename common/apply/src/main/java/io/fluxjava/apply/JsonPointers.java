package io.fluxjava.apply;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON pointers (RFC 6901) over JSON-like trees (maps, lists, scalars): deep copy, removal, and
 * copying one pointer's value from another tree.
 */
public final class JsonPointers {

  private JsonPointers() {}

  /** A copy whose maps and lists can be changed without touching the original. */
  public static Object deepCopy(Object value) {
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
  public static void remove(Object root, String pointer) {
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

  /**
   * Makes {@code target} (a tree built by {@link #deepCopy}) hold at the pointer what {@code
   * source} holds there, or nothing when {@code source} has nothing there; missing parent maps are
   * created, a missing list item is not.
   */
  @SuppressWarnings("unchecked")
  public static void copy(Object source, Object target, String pointer) {
    if (pointer.isEmpty() || !pointer.startsWith("/")) {
      return;
    }
    String[] tokens = pointer.substring(1).split("/", -1);
    Object value = source;
    for (String token : tokens) {
      value = value == null ? null : child(value, unescape(token));
    }
    if (value == null) {
      remove(target, pointer);
      return;
    }
    Object parent = target;
    for (int i = 0; i < tokens.length - 1 && parent != null; i++) {
      String token = unescape(tokens[i]);
      if (parent instanceof Map<?, ?> map
          && !(map.get(token) instanceof Map<?, ?>)
          && !(map.get(token) instanceof List<?>)) {
        ((Map<String, Object>) map).put(token, new LinkedHashMap<String, Object>());
      }
      parent = child(parent, token);
    }
    String last = unescape(tokens[tokens.length - 1]);
    if (parent instanceof Map<?, ?> map) {
      ((Map<String, Object>) map).put(last, deepCopy(value));
    } else if (parent instanceof List<?> list && index(last, list.size()) >= 0) {
      ((List<Object>) list).set(index(last, list.size()), deepCopy(value));
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
