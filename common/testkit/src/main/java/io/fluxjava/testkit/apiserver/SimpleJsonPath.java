package io.fluxjava.testkit.apiserver;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The subset of kubectl's JSONPath that printer columns use: {@code .a.b}, {@code [n]}, {@code [*]}
 * and equality filters such as {@code [?(@.type=="Ready")]}.
 */
public final class SimpleJsonPath {

  private static final Pattern STEP =
      Pattern.compile(
          "\\.([^.\\[]+)|\\[\\?\\(@\\.([^=!]+)==[\"']([^\"']*)[\"']\\)]|\\[(\\d+|\\*)]");

  private SimpleJsonPath() {}

  /** Every value the expression selects in {@code root}; empty when nothing matches. */
  public static List<Object> select(Map<String, Object> root, String expression) {
    String path = expression.trim();
    if (path.startsWith("{") && path.endsWith("}")) {
      path = path.substring(1, path.length() - 1);
    }
    List<Object> current = new ArrayList<>(List.of(root));
    Matcher matcher = STEP.matcher(path);
    int position = 0;
    while (matcher.find() && matcher.start() == position) {
      current = step(current, matcher);
      position = matcher.end();
    }
    return position == path.length() ? current : List.of();
  }

  private static List<Object> step(List<Object> values, Matcher step) {
    List<Object> next = new ArrayList<>();
    for (Object value : values) {
      if (step.group(1) != null) {
        if (value instanceof Map<?, ?> map && map.get(step.group(1)) != null) {
          next.add(map.get(step.group(1)));
        }
      } else if (value instanceof List<?> list) {
        next.addAll(selectItems(list, step));
      }
    }
    return next;
  }

  private static List<Object> selectItems(List<?> list, Matcher step) {
    List<Object> selected = new ArrayList<>();
    if (step.group(2) != null) {
      for (Object item : list) {
        if (item instanceof Map<?, ?> map
            && step.group(3).equals(String.valueOf(map.get(step.group(2))))) {
          selected.add(item);
        }
      }
    } else if (step.group(4).equals("*")) {
      selected.addAll(list);
    } else {
      int index = Integer.parseInt(step.group(4));
      if (index < list.size()) {
        selected.add(list.get(index));
      }
    }
    return selected;
  }
}
