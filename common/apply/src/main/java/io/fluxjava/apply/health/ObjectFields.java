package io.fluxjava.apply.health;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** Typed reads of nested fields of an object held as maps, with defaults for absent fields. */
final class ObjectFields {

  private final Map<String, Object> object;

  ObjectFields(Map<String, Object> object) {
    this.object = object;
  }

  Optional<Object> at(String... path) {
    Object current = object;
    for (String key : path) {
      if (!(current instanceof Map<?, ?> map)) {
        return Optional.empty();
      }
      current = map.get(key);
    }
    return Optional.ofNullable(current);
  }

  long number(long defaultValue, String... path) {
    return at(path)
        .filter(Number.class::isInstance)
        .map(value -> ((Number) value).longValue())
        .orElse(defaultValue);
  }

  Optional<Long> number(String... path) {
    return at(path).filter(Number.class::isInstance).map(value -> ((Number) value).longValue());
  }

  String string(String defaultValue, String... path) {
    return at(path).map(String::valueOf).orElse(defaultValue);
  }

  /** The entries of {@code status.conditions} that are objects. */
  List<Map<?, ?>> conditions() {
    return at("status", "conditions")
        .filter(List.class::isInstance)
        .map(list -> ((List<?>) list).stream())
        .orElseGet(Stream::empty)
        .filter(Map.class::isInstance)
        .<Map<?, ?>>map(Map.class::cast)
        .toList();
  }

  /** The first condition of the given type. */
  Optional<Map<?, ?>> condition(String type) {
    return conditions().stream().filter(c -> type.equals(c.get("type"))).findFirst();
  }

  /** True when a condition of the given type has the given status. */
  boolean hasCondition(String type, String status) {
    return condition(type).map(c -> status.equals(c.get("status"))).orElse(false);
  }

  static String text(Map<?, ?> condition, String field) {
    Object value = condition.get(field);
    return value == null ? "" : value.toString();
  }
}
