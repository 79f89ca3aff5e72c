package io.fluxjava.kustomize;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Helpers over the plain value tree (maps, lists, scalars) objects are held in. */
final class Values {

  private Values() {}

  static String string(Object value) {
    return value == null ? null : String.valueOf(value);
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> asMap(Object value) {
    return value instanceof Map<?, ?> m ? (Map<String, Object>) m : null;
  }

  @SuppressWarnings("unchecked")
  static List<Object> asList(Object value) {
    return value instanceof List<?> l ? (List<Object>) l : null;
  }

  static Map<String, Object> deepCopyMap(Map<String, Object> map) {
    return asMap(deepCopy(map));
  }

  static Object deepCopy(Object value) {
    if (value instanceof Map<?, ?> m) {
      Map<String, Object> copy = new LinkedHashMap<>();
      m.forEach((k, v) -> copy.put(String.valueOf(k), deepCopy(v)));
      return copy;
    }
    if (value instanceof List<?> l) {
      List<Object> copy = new ArrayList<>(l.size());
      l.forEach(v -> copy.add(deepCopy(v)));
      return copy;
    }
    return value;
  }

  /** Returns the map at the key, creating an empty one when absent or null. */
  static Map<String, Object> childMap(Map<String, Object> parent, String key) {
    Map<String, Object> child = asMap(parent.get(key));
    if (child == null) {
      child = new LinkedHashMap<>();
      parent.put(key, child);
    }
    return child;
  }

  /** Reads a string-to-string map (labels, annotations, literal maps); null gives empty. */
  static Map<String, String> stringMap(Object value) {
    Map<String, String> result = new LinkedHashMap<>();
    Map<String, Object> m = asMap(value);
    if (m != null) {
      m.forEach((k, v) -> result.put(k, v == null ? "" : String.valueOf(v)));
    }
    return result;
  }

  static List<String> stringList(Object value) {
    List<String> result = new ArrayList<>();
    List<Object> l = asList(value);
    if (l != null) {
      l.forEach(v -> result.add(String.valueOf(v)));
    } else if (value instanceof String s) {
      result.add(s);
    }
    return result;
  }
}
