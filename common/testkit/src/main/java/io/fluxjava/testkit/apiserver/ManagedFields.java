package io.fluxjava.testkit.apiserver;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Reads and writes the {@code Apply} entries of {@code metadata.managedFields}. */
public final class ManagedFields {

  private static final String APPLY = "Apply";

  private ManagedFields() {}

  /** The fields {@code manager} applied last time (to the same subresource); empty if none. */
  public static Map<String, Object> appliedBy(
      Map<String, Object> object, String manager, String subresource) {
    return entries(object).stream()
        .filter(entry -> isApplyEntryOf(entry, manager, subresource))
        .map(entry -> Json.map(entry, "fieldsV1"))
        .filter(Objects::nonNull)
        .findFirst()
        .orElse(Map.of());
  }

  /** Replaces the Apply entry of {@code manager} with one owning {@code fields}. */
  public static void record(
      Map<String, Object> object,
      String manager,
      String apiVersion,
      String subresource,
      Map<String, Object> fields) {
    List<Map<String, Object>> entries = new ArrayList<>(entries(object));
    entries.removeIf(entry -> isApplyEntryOf(entry, manager, subresource));
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("manager", manager);
    entry.put("operation", APPLY);
    entry.put("apiVersion", apiVersion);
    entry.put("time", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    entry.put("fieldsType", "FieldsV1");
    entry.put("fieldsV1", fields);
    if (subresource != null) {
      entry.put("subresource", subresource);
    }
    entries.add(entry);
    Json.mapOrCreate(object, "metadata").put("managedFields", entries);
  }

  private static List<Map<String, Object>> entries(Map<String, Object> object) {
    return Json.maps(Json.map(object, "metadata"), "managedFields");
  }

  private static boolean isApplyEntryOf(
      Map<String, Object> entry, String manager, String subresource) {
    return manager.equals(entry.get("manager"))
        && APPLY.equals(entry.get("operation"))
        && Objects.equals(subresource, entry.get("subresource"));
  }
}
