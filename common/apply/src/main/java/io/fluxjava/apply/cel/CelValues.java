package io.fluxjava.apply.cel;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a parsed JSON object into values CEL can compare: CEL knows only 64-bit integers and
 * doubles, while JSON parsers give {@code Integer} and {@code Float} for small numbers, which CEL
 * then refuses ("no matching overload for '_>_'").
 */
public final class CelValues {

  private CelValues() {}

  /** A copy of {@code value} with every number widened to {@code long} or {@code double}. */
  public static Object of(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<Object, Object> widened = new LinkedHashMap<>();
      map.forEach((key, item) -> widened.put(key, of(item)));
      return widened;
    }
    if (value instanceof List<?> list) {
      return list.stream().map(CelValues::of).toList();
    }
    if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return ((Number) value).longValue();
    }
    if (value instanceof Float number) {
      return number.doubleValue();
    }
    return value;
  }
}
