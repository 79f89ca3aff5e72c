package io.fluxjava.apply;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides whether an apply would change the live object, by comparing the dry-run result with it.
 * Server-owned metadata (resourceVersion, generation, managedFields, uid, timestamps) and status
 * are ignored: only labels, annotations and the rest of the body count, less the ignored fields.
 */
final class DriftDetector {

  private DriftDetector() {}

  static boolean hasDrifted(
      Optional<GenericKubernetesResource> live,
      GenericKubernetesResource dryRun,
      List<String> ignoredPointers) {
    if (live.isEmpty()) {
      return true;
    }
    return !comparable(live.get(), ignoredPointers).equals(comparable(dryRun, ignoredPointers));
  }

  private static Object comparable(GenericKubernetesResource object, List<String> ignored) {
    Map<String, Object> body = new HashMap<>(object.getAdditionalProperties());
    body.remove("status");
    Map<String, Object> metadata = new HashMap<>();
    metadata.put("labels", Objects.requireNonNullElse(object.getMetadata().getLabels(), Map.of()));
    metadata.put(
        "annotations", Objects.requireNonNullElse(object.getMetadata().getAnnotations(), Map.of()));
    body.put("metadata", metadata);
    if (ignored.isEmpty()) {
      return body;
    }
    Object copy = JsonPointers.deepCopy(body);
    ignored.forEach(pointer -> JsonPointers.remove(copy, pointer));
    return copy;
  }
}
