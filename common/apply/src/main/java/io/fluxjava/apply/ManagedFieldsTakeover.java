package io.fluxjava.apply;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.ManagedFieldsEntry;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Builds the JSON patch that makes the engine the owner of fields set by hand ({@code kubectl
 * apply}, {@code kubectl edit}, client-side apply's {@code before-first-apply}) and removes the
 * client-side-apply leftovers, so that removing a field from Git removes it from the cluster.
 */
final class ManagedFieldsTakeover {

  private static final String APPLY = "Apply";
  private static final String UPDATE = "Update";
  private static final List<String> LEFTOVER_ANNOTATIONS =
      List.of(
          "kubectl.kubernetes.io/last-applied-configuration",
          "kustomize.toolkit.fluxcd.io/checksum",
          "fluxcd.io/sync-checksum");
  private static final List<String> LEFTOVER_LABELS = List.of("fluxcd.io/sync-gc-mark");

  private record Manager(String namePrefix, String operation) {}

  private final String fieldManager;
  private final List<Manager> takenOver = new ArrayList<>();

  ManagedFieldsTakeover(String fieldManager, List<String> overrideManagers) {
    this.fieldManager = fieldManager;
    takenOver.add(new Manager("kubectl", APPLY));
    takenOver.add(new Manager("kubectl", UPDATE));
    takenOver.add(new Manager("before-first-apply", UPDATE));
    takenOver.add(new Manager(fieldManager, UPDATE));
    for (String manager : overrideManagers) {
      takenOver.add(new Manager(manager, APPLY));
      takenOver.add(new Manager(manager, UPDATE));
    }
  }

  /** The JSON patch operations for the live object; empty when there is nothing to clean up. */
  List<Map<String, Object>> patchFor(GenericKubernetesResource live) {
    ObjectMeta metadata = live.getMetadata();
    List<Map<String, Object>> operations = new ArrayList<>();
    removeKeys(
        operations, "/metadata/annotations/", metadata.getAnnotations(), LEFTOVER_ANNOTATIONS);
    removeKeys(operations, "/metadata/labels/", metadata.getLabels(), LEFTOVER_LABELS);
    List<ManagedFieldsEntry> entries = metadata.getManagedFields();
    if (entries != null && entries.stream().anyMatch(this::isTakenOver)) {
      List<ManagedFieldsEntry> renamed = entries.stream().map(this::rename).toList();
      operations.add(operation("replace", "/metadata/managedFields", renamed));
    }
    return operations;
  }

  private boolean isTakenOver(ManagedFieldsEntry entry) {
    // Subresource entries (status, scale) belong to controllers and are never taken over.
    boolean mainResource = entry.getSubresource() == null || entry.getSubresource().isEmpty();
    String name = Objects.requireNonNullElse(entry.getManager(), "");
    return mainResource
        && takenOver.stream()
            .anyMatch(
                m -> name.startsWith(m.namePrefix()) && m.operation().equals(entry.getOperation()));
  }

  private ManagedFieldsEntry rename(ManagedFieldsEntry entry) {
    if (!isTakenOver(entry)) {
      return entry;
    }
    ManagedFieldsEntry renamed = new ManagedFieldsEntry();
    renamed.setApiVersion(entry.getApiVersion());
    renamed.setFieldsType(entry.getFieldsType());
    renamed.setFieldsV1(entry.getFieldsV1());
    renamed.setTime(entry.getTime());
    renamed.setManager(fieldManager);
    renamed.setOperation(APPLY);
    return renamed;
  }

  private static void removeKeys(
      List<Map<String, Object>> operations,
      String pathPrefix,
      Map<String, String> present,
      List<String> keys) {
    if (present == null) {
      return;
    }
    for (String key : keys) {
      if (present.containsKey(key)) {
        operations.add(
            operation("remove", pathPrefix + key.replace("~", "~0").replace("/", "~1"), null));
      }
    }
  }

  private static Map<String, Object> operation(String op, String path, Object value) {
    Map<String, Object> operation = new LinkedHashMap<>();
    operation.put("op", op);
    operation.put("path", path);
    if (value != null) {
      operation.put("value", value);
    }
    return operation;
  }
}
