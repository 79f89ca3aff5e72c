package io.fluxjava.kustomize;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A field path (slash separated, "\/" for a literal slash) in objects of the selected GVK. */
record FieldSpec(Gvk selector, String path, boolean create) {

  boolean appliesTo(Gvk gvk) {
    return gvk.matches(selector);
  }

  /** Path segments with "[]" list markers dropped, since lists are walked wherever they occur. */
  List<String> segments() {
    List<String> parts = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c == '\\' && i + 1 < path.length() && path.charAt(i + 1) == '/') {
        current.append('/');
        i++;
      } else if (c == '/') {
        parts.add(current.toString());
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    parts.add(current.toString());
    List<String> cleaned = new ArrayList<>(parts.size());
    for (String p : parts) {
      cleaned.add(p.endsWith("[]") ? p.substring(0, p.length() - 2) : p);
    }
    return cleaned;
  }

  /** Reads the compact line form "Kind[.group][@version] path [create]" ("*" for any kind). */
  static FieldSpec parseCompact(String line) {
    String[] parts = line.trim().split(" ");
    return new FieldSpec(parseSelector(parts[0]), parts[1], parts.length > 2);
  }

  static Gvk parseSelector(String text) {
    String version = "";
    String rest = text;
    int at = rest.indexOf('@');
    if (at >= 0) {
      version = rest.substring(at + 1);
      rest = rest.substring(0, at);
    }
    String group = "";
    int dot = rest.indexOf('.');
    if (dot >= 0) {
      group = rest.substring(dot + 1);
      rest = rest.substring(0, dot);
    }
    return new Gvk(group, version, rest.equals("*") ? "" : rest);
  }

  /** Reads kustomize's YAML form: {path, group, version, kind, create}. */
  static FieldSpec fromMap(Map<String, Object> map) {
    String path = Values.string(map.get("path"));
    if (path == null) {
      throw new KustomizeException("fieldSpec is missing a path: " + map);
    }
    return new FieldSpec(gvkOf(map), path, Boolean.TRUE.equals(map.get("create")));
  }

  static Gvk gvkOf(Map<String, Object> map) {
    return new Gvk(
        orEmpty(map.get("group")), orEmpty(map.get("version")), orEmpty(map.get("kind")));
  }

  private static String orEmpty(Object value) {
    return value == null ? "" : String.valueOf(value);
  }
}
