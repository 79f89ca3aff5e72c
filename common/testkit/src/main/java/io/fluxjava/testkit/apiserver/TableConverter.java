package io.fluxjava.testkit.apiserver;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns objects into a {@code meta.k8s.io/v1 Table} the way the API server does for custom
 * resources: a Name column, then the version's additionalPrinterColumns (or just Age when it has
 * none). Built-in kinds get Name and Age only.
 */
public final class TableConverter {

  private static final String DATE = "date";

  private TableConverter() {}

  /**
   * The table for {@code objects}; {@code includeObject} is the request's parameter (None, Metadata
   * or Object; Metadata when null).
   */
  public static Map<String, Object> toTable(
      ApiResource resource,
      List<Map<String, Object>> objects,
      String resourceVersion,
      String includeObject,
      Instant now) {
    List<Map<String, Object>> columns = columns(resource);
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Map<String, Object> object : objects) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("cells", cells(object, columns, now));
      if (!"None".equals(includeObject)) {
        row.put("object", "Object".equals(includeObject) ? object : partialMetadata(object));
      }
      rows.add(row);
    }
    Map<String, Object> table = new LinkedHashMap<>();
    table.put("kind", "Table");
    table.put("apiVersion", "meta.k8s.io/v1");
    table.put(
        "metadata",
        resourceVersion == null ? Map.of() : Map.of("resourceVersion", resourceVersion));
    table.put("columnDefinitions", columns.stream().map(TableConverter::definition).toList());
    table.put("rows", rows);
    return table;
  }

  /** A duration in the short form kubectl prints in AGE columns: 45s, 3m20s, 5h, 12d. */
  public static String humanAge(Duration age) {
    long seconds = Math.max(0, age.getSeconds());
    long minutes = seconds / 60;
    long hours = minutes / 60;
    long days = hours / 24;
    if (seconds < 120) {
      return seconds + "s";
    }
    if (minutes < 10) {
      return seconds % 60 == 0 ? minutes + "m" : minutes + "m" + seconds % 60 + "s";
    }
    if (hours < 3) {
      return minutes + "m";
    }
    if (hours < 8) {
      return minutes % 60 == 0 ? hours + "h" : hours + "h" + minutes % 60 + "m";
    }
    if (hours < 48) {
      return hours + "h";
    }
    if (days < 8) {
      return hours % 24 == 0 ? days + "d" : days + "d" + hours % 24 + "h";
    }
    return days + "d";
  }

  private static List<Map<String, Object>> columns(ApiResource resource) {
    List<Map<String, Object>> columns = new ArrayList<>();
    columns.add(column("Name", "string", "name", ".metadata.name"));
    if (resource.printerColumns().isEmpty()) {
      columns.add(column("Age", DATE, "", ".metadata.creationTimestamp"));
    } else {
      columns.addAll(resource.printerColumns());
    }
    return columns;
  }

  private static Map<String, Object> column(
      String name, String type, String format, String jsonPath) {
    Map<String, Object> column = new LinkedHashMap<>();
    column.put("name", name);
    column.put("type", type);
    column.put("format", format);
    column.put("jsonPath", jsonPath);
    return column;
  }

  private static Map<String, Object> definition(Map<String, Object> column) {
    Map<String, Object> definition = new LinkedHashMap<>();
    definition.put("name", column.get("name"));
    definition.put("type", column.get("type"));
    definition.put("format", column.getOrDefault("format", ""));
    definition.put("description", column.getOrDefault("description", ""));
    definition.put("priority", column.getOrDefault("priority", 0));
    return definition;
  }

  private static List<Object> cells(
      Map<String, Object> object, List<Map<String, Object>> columns, Instant now) {
    List<Object> cells = new ArrayList<>();
    for (Map<String, Object> column : columns) {
      List<Object> values = SimpleJsonPath.select(object, Json.string(column, "jsonPath"));
      String text = values.stream().map(String::valueOf).collect(Collectors.joining(","));
      cells.add(DATE.equals(column.get("type")) ? age(text, now) : text);
    }
    return cells;
  }

  private static String age(String timestamp, Instant now) {
    try {
      return humanAge(Duration.between(Instant.parse(timestamp), now));
    } catch (DateTimeParseException e) {
      return "<unknown>";
    }
  }

  private static Map<String, Object> partialMetadata(Map<String, Object> object) {
    Map<String, Object> partial = new LinkedHashMap<>();
    partial.put("kind", "PartialObjectMetadata");
    partial.put("apiVersion", "meta.k8s.io/v1");
    partial.put("metadata", object.getOrDefault("metadata", Map.of()));
    return partial;
  }
}
