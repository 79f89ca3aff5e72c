package io.fluxjava.kustomize;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A replacement field path such as {@code spec.template.spec.containers.[name=app].image}: dot
 * separated keys, {@code [key=value]} list element selectors, list indexes and {@code *}.
 */
final class FieldPath {

  private final List<String> segments;
  private final String text;

  FieldPath(String text) {
    this.text = text;
    this.segments = split(text);
  }

  @Override
  public String toString() {
    return text;
  }

  private static List<String> split(String text) {
    List<String> parts = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int depth = 0;
    for (char c : text.toCharArray()) {
      if (c == '[') {
        depth++;
      } else if (c == ']') {
        depth--;
      }
      if (c == '.' && depth == 0) {
        parts.add(current.toString());
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    parts.add(current.toString());
    List<String> cleaned = new ArrayList<>();
    for (String p : parts) {
      if (p.startsWith("[") && p.endsWith("]") && !p.contains("=")) {
        cleaned.add(p.substring(1, p.length() - 1));
      } else {
        cleaned.add(p);
      }
    }
    return cleaned;
  }

  /** Values found at the path (several when a wildcard matches several elements). */
  List<Object> get(Object root) {
    List<Object> found = new ArrayList<>();
    collect(root, 0, found);
    return found;
  }

  private void collect(Object node, int index, List<Object> found) {
    if (index == segments.size()) {
      found.add(node);
      return;
    }
    String seg = segments.get(index);
    if (node instanceof Map<?, ?> m) {
      if (m.containsKey(seg)) {
        collect(m.get(seg), index + 1, found);
      }
    } else if (node instanceof List<?> list) {
      for (Object element : select(list, seg)) {
        collect(element, index + 1, found);
      }
    }
  }

  /** Sets the value at every place the path names; returns false when nothing was found. */
  boolean set(Map<String, Object> root, Object value, boolean create) {
    return set(root, 0, value, create);
  }

  private boolean set(Object node, int index, Object value, boolean create) {
    String seg = segments.get(index);
    boolean last = index == segments.size() - 1;
    if (node instanceof Map<?, ?> m) {
      Map<String, Object> map = Values.asMap(m);
      if (last) {
        if (!map.containsKey(seg) && !create) {
          return false;
        }
        map.put(seg, Values.deepCopy(value));
        return true;
      }
      Object child = map.get(seg);
      if (child == null) {
        if (!create) {
          return false;
        }
        child = segments.get(index + 1).startsWith("[") ? new ArrayList<>() : new LinkedHashMap<>();
        map.put(seg, child);
      }
      return set(child, index + 1, value, create);
    }
    if (node instanceof List<?> list) {
      List<Object> elements = select(list, seg);
      if (elements.isEmpty() && create && seg.startsWith("[") && seg.contains("=")) {
        Map<String, Object> created = new LinkedHashMap<>();
        String[] kv = seg.substring(1, seg.length() - 1).split("=", 2);
        created.put(kv[0], kv[1]);
        Values.asList(list).add(created);
        elements = List.of(created);
      }
      boolean any = false;
      for (Object element : elements) {
        if (last) {
          int i = Values.asList(list).indexOf(element);
          Values.asList(list).set(i, Values.deepCopy(value));
          any = true;
        } else {
          any |= set(element, index + 1, value, create);
        }
      }
      return any;
    }
    return false;
  }

  private static List<Object> select(List<?> list, String seg) {
    List<Object> result = new ArrayList<>();
    if (seg.equals("*")) {
      result.addAll(list);
    } else if (seg.startsWith("[") && seg.contains("=")) {
      String[] kv = seg.substring(1, seg.length() - 1).split("=", 2);
      for (Object element : list) {
        Map<String, Object> m = Values.asMap(element);
        if (m != null && kv[1].equals(Values.string(m.get(kv[0])))) {
          result.add(element);
        }
      }
    } else if (seg.matches("\\d+")) {
      int i = Integer.parseInt(seg);
      if (i < list.size()) {
        result.add(list.get(i));
      }
    }
    return result;
  }
}
