package io.fluxjava.testkit.apiserver;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The simplified server-side apply merge: maps merge recursively, lists of objects that all carry a
 * {@code name} merge item by item on that name, any other list (and any scalar) is replaced by the
 * applied value, and an explicit null removes the field.
 */
public final class ApplyMerge {

  /** The key lists of objects are merged on. */
  public static final String MERGE_KEY = "name";

  private ApplyMerge() {}

  /** Merges {@code applied} into {@code target} in place. */
  public static void merge(Map<String, Object> target, Map<String, Object> applied) {
    applied.forEach(
        (key, value) -> {
          Object current = target.get(key);
          if (value == null) {
            target.remove(key);
          } else if (current instanceof Map<?, ?> && value instanceof Map<?, ?>) {
            merge(asMap(current), asMap(value));
          } else if (current instanceof List<?> currentList
              && value instanceof List<?> appliedList
              && isNamedList(appliedList)
              && isNamedList(currentList)) {
            target.put(key, mergeNamed(currentList, appliedList));
          } else {
            target.put(key, Json.copy(value));
          }
        });
  }

  /** True when every item is an object with a {@code name}, so items can be matched. */
  public static boolean isNamedList(List<?> list) {
    return !list.isEmpty()
        && list.stream().allMatch(i -> i instanceof Map<?, ?> m && m.get(MERGE_KEY) != null);
  }

  private static List<Object> mergeNamed(List<?> current, List<?> applied) {
    List<Object> result = new ArrayList<>();
    for (Object item : current) {
      result.add(Json.copy(item));
    }
    for (Object item : applied) {
      Map<String, Object> appliedItem = asMap(item);
      Object name = appliedItem.get(MERGE_KEY);
      result.stream()
          .map(ApplyMerge::asMap)
          .filter(existing -> name.equals(existing.get(MERGE_KEY)))
          .findFirst()
          .ifPresentOrElse(
              existing -> merge(existing, appliedItem), () -> result.add(Json.copy(appliedItem)));
    }
    return result;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> asMap(Object value) {
    return (Map<String, Object>) value;
  }
}
