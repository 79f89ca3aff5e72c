package io.fluxjava.kustomize;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Visits the fields a {@link FieldSpec} names in one object, descending into every element of the
 * lists met on the way, and creating missing maps when the spec says so.
 */
final class FieldWalker {

  /** Called for each field found: the map holding it and its key (the value may be absent). */
  interface Visitor {
    void visit(Map<String, Object> parent, String key);
  }

  private FieldWalker() {}

  static void walk(Map<String, Object> object, FieldSpec spec, Visitor visitor) {
    walk(object, spec.segments(), 0, spec.create(), visitor);
  }

  static void walk(
      Map<String, Object> node, List<String> path, int index, boolean create, Visitor visitor) {
    String key = path.get(index);
    if (index == path.size() - 1) {
      if (node.containsKey(key) || create) {
        visitor.visit(node, key);
      }
      return;
    }
    Object child = node.get(key);
    if (child == null) {
      if (!create) {
        return;
      }
      child = new LinkedHashMap<String, Object>();
      node.put(key, child);
    }
    if (child instanceof Map<?, ?>) {
      walk(Values.asMap(child), path, index + 1, create, visitor);
    } else if (child instanceof List<?> list) {
      for (Object item : list) {
        if (item instanceof Map<?, ?>) {
          walk(Values.asMap(item), path, index + 1, create, visitor);
        }
      }
    }
  }
}
