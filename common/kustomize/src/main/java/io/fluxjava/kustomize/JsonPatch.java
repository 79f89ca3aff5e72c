package io.fluxjava.kustomize;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Applies an RFC 6902 JSON patch (add, remove, replace, move, copy, test) to an object. */
final class JsonPatch {

  private final List<Object> operations;

  JsonPatch(List<Object> operations) {
    this.operations = operations;
  }

  Map<String, Object> apply(Map<String, Object> document) {
    Object root = document;
    for (Object item : operations) {
      Map<String, Object> op = Values.asMap(item);
      if (op == null) {
        throw new KustomizeException("json patch operation must be an object: " + item);
      }
      root = applyOne(root, op);
    }
    return Values.asMap(root);
  }

  private Object applyOne(Object root, Map<String, Object> op) {
    String kind = Values.string(op.get("op"));
    String path = Values.string(op.get("path"));
    if (kind == null || path == null) {
      throw new KustomizeException("json patch operation is missing op or path: " + op);
    }
    switch (kind) {
      case "add":
        return add(root, path, Values.deepCopy(requireValue(op)));
      case "remove":
        remove(root, path);
        return root;
      case "replace":
        if (path.isEmpty()) {
          return Values.deepCopy(requireValue(op));
        }
        get(root, path);
        remove(root, path);
        return add(root, path, Values.deepCopy(requireValue(op)));
      case "move":
        {
          String from = Values.string(op.get("from"));
          Object value = get(root, from);
          remove(root, from);
          return add(root, path, value);
        }
      case "copy":
        return add(root, path, Values.deepCopy(get(root, Values.string(op.get("from")))));
      case "test":
        if (!Objects.equals(get(root, path), op.get("value"))) {
          throw new KustomizeException("testing value " + path + " failed");
        }
        return root;
      default:
        throw new KustomizeException("Unexpected kind: " + kind);
    }
  }

  private static Object requireValue(Map<String, Object> op) {
    if (!op.containsKey("value")) {
      throw new KustomizeException("missing value for " + op.get("op") + " operation");
    }
    return op.get("value");
  }

  private static List<String> tokens(String path) {
    List<String> tokens = new ArrayList<>();
    if (path.isEmpty()) {
      return tokens;
    }
    if (!path.startsWith("/")) {
      throw new KustomizeException("invalid JSON pointer " + path);
    }
    for (String t : path.substring(1).split("/", -1)) {
      tokens.add(t.replace("~1", "/").replace("~0", "~"));
    }
    return tokens;
  }

  private static Object get(Object root, String path) {
    Object current = root;
    for (String token : tokens(path)) {
      current = child(current, token, path);
    }
    return current;
  }

  private static Object child(Object node, String token, String path) {
    if (node instanceof Map<?, ?> m) {
      if (!m.containsKey(token)) {
        throw missing(path);
      }
      return m.get(token);
    }
    if (node instanceof List<?> l) {
      int index = index(token, l.size() - 1, path);
      return l.get(index);
    }
    throw missing(path);
  }

  private static Object add(Object root, String path, Object value) {
    List<String> tokens = tokens(path);
    if (tokens.isEmpty()) {
      return value;
    }
    Object parent = root;
    for (String token : tokens.subList(0, tokens.size() - 1)) {
      parent = child(parent, token, path);
    }
    String last = tokens.get(tokens.size() - 1);
    if (parent instanceof Map<?, ?>) {
      Values.asMap(parent).put(last, value);
    } else if (parent instanceof List<?>) {
      List<Object> list = Values.asList(parent);
      if (last.equals("-")) {
        list.add(value);
      } else {
        list.add(index(last, list.size(), path), value);
      }
    } else {
      throw missing(path);
    }
    return root;
  }

  private static void remove(Object root, String path) {
    List<String> tokens = tokens(path);
    Object parent = root;
    for (String token : tokens.subList(0, tokens.size() - 1)) {
      parent = child(parent, token, path);
    }
    String last = tokens.get(tokens.size() - 1);
    if (parent instanceof Map<?, ?> m) {
      if (!m.containsKey(last)) {
        throw missing(path);
      }
      m.remove(last);
    } else if (parent instanceof List<?> l) {
      l.remove(index(last, l.size() - 1, path));
    } else {
      throw missing(path);
    }
  }

  private static int index(String token, int max, String path) {
    try {
      int i = Integer.parseInt(token);
      if (i < 0 || i > max) {
        throw missing(path);
      }
      return i;
    } catch (NumberFormatException e) {
      throw missing(path);
    }
  }

  private static KustomizeException missing(String path) {
    return new KustomizeException(
        "add operation does not apply: doc is missing path: \"" + path + "\": missing value");
  }
}
