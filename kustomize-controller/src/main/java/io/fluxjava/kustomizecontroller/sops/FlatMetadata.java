package io.fluxjava.kustomizecontroller.sops;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The flattened metadata of dotenv and INI files: nested keys joined with {@code __map_<key>} and
 * list positions with {@code __list_<n>}, e.g. {@code age__list_0__map_enc}; newlines in values
 * written as a literal {@code \n}.
 */
final class FlatMetadata {

  private static final String SEPARATOR = "__";
  private static final String LIST_PREFIX = "list_";
  private static final String MAP_PREFIX = "map_";

  /** Far above any real key list; keeps a hostile file from allocating a huge list. */
  private static final int MAX_LIST_INDEX = 1000;

  private FlatMetadata() {}

  /** Rebuilds the nested metadata map from flat keys (without the {@code sops_} prefix). */
  static Map<String, Object> unflatten(Map<String, String> flat) {
    Map<String, Object> root = new LinkedHashMap<>();
    flat.forEach(
        (key, value) -> {
          String[] parts = key.split(SEPARATOR);
          Object container = root;
          for (int i = 0; i < parts.length; i++) {
            boolean last = i == parts.length - 1;
            Object child = last ? value.replace("\\n", "\n") : emptyContainerFor(parts[i + 1], key);
            container =
                placeChild(container, i == 0 ? MAP_PREFIX + parts[0] : parts[i], child, key);
          }
        });
    return root;
  }

  private static Object emptyContainerFor(String next, String key) {
    if (next.startsWith(LIST_PREFIX)) {
      return new ArrayList<>();
    }
    if (next.startsWith(MAP_PREFIX)) {
      return new LinkedHashMap<String, Object>();
    }
    throw invalid(key);
  }

  /**
   * Puts {@code child} at {@code part} unless something is there already; returns what is there.
   */
  @SuppressWarnings("unchecked")
  private static Object placeChild(Object container, String part, Object child, String key) {
    if (part.startsWith(MAP_PREFIX) && container instanceof Map<?, ?> map) {
      return ((Map<String, Object>) map)
          .computeIfAbsent(part.substring(MAP_PREFIX.length()), k -> child);
    }
    if (part.startsWith(LIST_PREFIX) && container instanceof List<?> list) {
      int index = parseIndex(part.substring(LIST_PREFIX.length()), key);
      List<Object> items = (List<Object>) list;
      while (items.size() <= index) {
        items.add(null);
      }
      if (items.get(index) == null) {
        items.set(index, child);
      }
      return items.get(index);
    }
    throw invalid(key);
  }

  private static int parseIndex(String text, String key) {
    try {
      int index = Integer.parseInt(text);
      if (index < 0 || index > MAX_LIST_INDEX) {
        throw invalid(key);
      }
      return index;
    } catch (NumberFormatException e) {
      throw invalid(key);
    }
  }

  private static SopsException invalid(String key) {
    return new SopsException("invalid flattened sops metadata key '" + key + "'");
  }
}
