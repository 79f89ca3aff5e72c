package io.fluxjava.runtime.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;

/** Computes RFC 7386 JSON merge patches and compares JSON with numbers equal by value. */
public final class JsonMergePatch {

  private static final Comparator<JsonNode> NUMBERS_BY_VALUE =
      (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
          return a.decimalValue().compareTo(b.decimalValue());
        }
        return a.equals(b) ? 0 : 1;
      };

  private JsonMergePatch() {}

  /** Whether two documents are equal, treating {@code 1} and {@code 1L} as the same. */
  public static boolean same(JsonNode a, JsonNode b) {
    return a.equals(NUMBERS_BY_VALUE, b);
  }

  /** The merge patch that turns object {@code from} into object {@code to}. */
  public static ObjectNode diff(ObjectNode from, ObjectNode to) {
    ObjectNode patch = JsonNodeFactory.instance.objectNode();
    Iterator<String> removed = from.fieldNames();
    while (removed.hasNext()) {
      String field = removed.next();
      if (!to.has(field)) {
        patch.putNull(field);
      }
    }
    for (Map.Entry<String, JsonNode> entry : to.properties()) {
      JsonNode old = from.get(entry.getKey());
      JsonNode now = entry.getValue();
      if (old != null && same(old, now)) {
        continue;
      }
      if (old instanceof ObjectNode oldObject && now instanceof ObjectNode newObject) {
        patch.set(entry.getKey(), diff(oldObject, newObject));
      } else {
        patch.set(entry.getKey(), now);
      }
    }
    return patch;
  }
}
