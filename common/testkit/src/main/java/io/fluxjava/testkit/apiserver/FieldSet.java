package io.fluxjava.testkit.apiserver;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A simplified {@code fieldsV1} set: {@code f:<field>} for object fields and {@code k:{"name":...}}
 * for items of lists merged by name. It records what a field manager applied, and tells which
 * fields a manager stopped applying so they can be removed.
 */
public final class FieldSet {

  /** Fields the server owns, never recorded for a manager. */
  private static final Set<String> SERVER_OWNED_METADATA =
      Set.of(
          "name",
          "namespace",
          "resourceVersion",
          "uid",
          "generation",
          "creationTimestamp",
          "managedFields");

  private static final Set<String> TYPE_FIELDS = Set.of("apiVersion", "kind");

  private FieldSet() {}

  /** The field set of an applied configuration. */
  public static Map<String, Object> of(Map<String, Object> applied) {
    Map<String, Object> fields = new LinkedHashMap<>();
    applied.forEach(
        (key, value) -> {
          if (TYPE_FIELDS.contains(key)) {
            return;
          }
          if (key.equals("metadata") && value instanceof Map<?, ?>) {
            Map<String, Object> metadata = Json.copy(Json.map(applied, "metadata"));
            SERVER_OWNED_METADATA.forEach(metadata::remove);
            if (!metadata.isEmpty()) {
              fields.put("f:metadata", fieldsOf(metadata));
            }
          } else {
            fields.put("f:" + key, fieldsOfValue(value));
          }
        });
    return fields;
  }

  /**
   * Removes from {@code object} what {@code previous} owned and {@code current} no longer does.
   * Other managers' ownership is not consulted (a simplification).
   */
  public static void prune(
      Map<String, Object> object, Map<String, Object> previous, Map<String, Object> current) {
    previous.forEach(
        (key, owned) -> {
          if (!key.startsWith("f:")) {
            return;
          }
          String field = key.substring(2);
          Object stillOwned = current.get(key);
          if (stillOwned == null) {
            object.remove(field);
          } else if (owned instanceof Map<?, ?> && stillOwned instanceof Map<?, ?>) {
            pruneValue(object.get(field), asMap(owned), asMap(stillOwned));
          }
        });
  }

  private static void pruneValue(
      Object value, Map<String, Object> previous, Map<String, Object> current) {
    if (value instanceof Map<?, ?>) {
      prune(asMap(value), previous, current);
    } else if (value instanceof List<?> list) {
      list.removeIf(
          item -> {
            String key = itemKey(item);
            return key != null && previous.containsKey(key) && !current.containsKey(key);
          });
      for (Object item : list) {
        String key = itemKey(item);
        if (key != null
            && previous.get(key) instanceof Map<?, ?> owned
            && current.get(key) instanceof Map<?, ?> stillOwned) {
          pruneValue(item, asMap(owned), asMap(stillOwned));
        }
      }
    }
  }

  private static Map<String, Object> fieldsOf(Map<String, Object> map) {
    Map<String, Object> fields = new LinkedHashMap<>();
    map.forEach((key, value) -> fields.put("f:" + key, fieldsOfValue(value)));
    return fields;
  }

  private static Map<String, Object> fieldsOfValue(Object value) {
    if (value instanceof Map<?, ?>) {
      return fieldsOf(asMap(value));
    }
    if (value instanceof List<?> list && ApplyMerge.isNamedList(list)) {
      Map<String, Object> items = new LinkedHashMap<>();
      for (Object item : list) {
        Map<String, Object> itemFields = new LinkedHashMap<>();
        itemFields.put(".", Map.of());
        itemFields.putAll(fieldsOf(asMap(item)));
        items.put(itemKey(item), itemFields);
      }
      return items;
    }
    return new LinkedHashMap<>();
  }

  /** The {@code k:} key of a list item, or null for items without a name. */
  private static String itemKey(Object item) {
    if (item instanceof Map<?, ?> map && map.get(ApplyMerge.MERGE_KEY) != null) {
      return "k:" + Json.write(Map.of(ApplyMerge.MERGE_KEY, map.get(ApplyMerge.MERGE_KEY)));
    }
    return null;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> asMap(Object value) {
    return (Map<String, Object>) value;
  }
}
