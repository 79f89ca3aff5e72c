package io.fluxjava.runtime.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;

/**
 * Builds the RFC 6902 JSON patch that turns one status into another, one operation per changed
 * top-level field, so lists such as conditions are replaced whole rather than merged by index.
 */
public final class JsonPatches {

  private static final Comparator<JsonNode> NUMBERS_BY_VALUE =
      (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
          return a.decimalValue().compareTo(b.decimalValue());
        }
        return a.equals(b) ? 0 : 1;
      };

  private JsonPatches() {}

  /** Whether two documents are equal, treating {@code 1} and {@code 1L} as the same. */
  public static boolean same(JsonNode a, JsonNode b) {
    return a.equals(NUMBERS_BY_VALUE, b);
  }

  /** The patch from {@code before} to {@code after}, both the object at {@code path}. */
  public static ArrayNode diff(String path, ObjectNode before, ObjectNode after) {
    ArrayNode ops = JsonNodeFactory.instance.arrayNode();
    if (before.isEmpty()) {
      // the server may have no such object at all: write it whole
      ops.add(op("add", path, after));
      return ops;
    }
    Iterator<String> fields = before.fieldNames();
    while (fields.hasNext()) {
      String field = fields.next();
      if (!after.has(field)) {
        ops.add(op("remove", path + "/" + escape(field), null));
      }
    }
    for (Map.Entry<String, JsonNode> entry : after.properties()) {
      JsonNode old = before.get(entry.getKey());
      if (old == null || !same(old, entry.getValue())) {
        ops.add(op("add", path + "/" + escape(entry.getKey()), entry.getValue()));
      }
    }
    return ops;
  }

  private static ObjectNode op(String name, String path, JsonNode value) {
    ObjectNode op = JsonNodeFactory.instance.objectNode().put("op", name).put("path", path);
    if (value != null) {
      op.set("value", value);
    }
    return op;
  }

  private static String escape(String field) {
    return field.replace("~", "~0").replace("/", "~1");
  }
}
