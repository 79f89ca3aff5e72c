package io.fluxjava.kustomize;

import java.util.List;
import java.util.Map;

/**
 * Replaces {@code $(NAME)} with var values in the fields the varReference configuration lists, with
 * Kubernetes' expansion rules: {@code $$} escapes, unknown names stay, and a field that is exactly
 * one reference takes the value with its type.
 */
final class VarExpander implements Transformer {

  private final Map<String, Object> values;
  private final List<FieldSpec> specs;

  VarExpander(Map<String, Object> values, List<FieldSpec> specs) {
    this.values = values;
    this.specs = specs;
  }

  @Override
  public void transform(ResourceList resources) {
    if (values.isEmpty()) {
      return;
    }
    for (Resource r : resources.all()) {
      for (FieldSpec spec : specs) {
        if (spec.appliesTo(r.gvk())) {
          FieldWalker.walk(
              r.object(),
              new FieldSpec(spec.selector(), spec.path(), false),
              (parent, key) -> parent.put(key, expandValue(parent.get(key))));
        }
      }
    }
  }

  private Object expandValue(Object value) {
    if (value instanceof String s) {
      return expand(s);
    }
    if (value instanceof List<?> list) {
      List<Object> items = Values.asList(list);
      items.replaceAll(this::expandValue);
      return items;
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> entries = Values.asMap(map);
      entries.replaceAll((k, v) -> v instanceof String s ? expand(s) : v);
      return entries;
    }
    return value;
  }

  Object expand(String input) {
    if (input.startsWith("$(") && input.endsWith(")") && input.indexOf(')') == input.length() - 1) {
      String name = input.substring(2, input.length() - 1);
      if (values.containsKey(name)) {
        return values.get(name);
      }
    }
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < input.length()) {
      char c = input.charAt(i);
      if (c != '$' || i + 1 >= input.length()) {
        out.append(c);
        i++;
        continue;
      }
      char next = input.charAt(i + 1);
      if (next == '$') {
        out.append('$');
        i += 2;
      } else if (next == '(') {
        int close = input.indexOf(')', i + 2);
        if (close < 0) {
          out.append(input, i, input.length());
          break;
        }
        String name = input.substring(i + 2, close);
        out.append(values.containsKey(name) ? String.valueOf(values.get(name)) : "$(" + name + ")");
        i = close + 1;
      } else {
        out.append(c).append(next);
        i += 2;
      }
    }
    return out.toString();
  }
}
