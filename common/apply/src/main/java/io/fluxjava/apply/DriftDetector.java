package io.fluxjava.apply;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides whether an apply would change the live object, by comparing the dry-run result with it.
 * Server-owned metadata (resourceVersion, generation, managedFields, uid, timestamps) and status
 * are ignored: only labels, annotations and the rest of the body count.
 */
final class DriftDetector {

  private DriftDetector() {}

  static boolean hasDrifted(
      Optional<GenericKubernetesResource> live, GenericKubernetesResource dryRun) {
    if (live.isEmpty()) {
      return true;
    }
    GenericKubernetesResource existing = live.get();
    return !sameMap(existing.getMetadata().getLabels(), dryRun.getMetadata().getLabels())
        || !sameMap(existing.getMetadata().getAnnotations(), dryRun.getMetadata().getAnnotations())
        || !body(existing).equals(body(dryRun));
  }

  private static boolean sameMap(Map<String, String> a, Map<String, String> b) {
    return Objects.requireNonNullElse(a, Map.of()).equals(Objects.requireNonNullElse(b, Map.of()));
  }

  private static Map<String, Object> body(GenericKubernetesResource object) {
    Map<String, Object> body = new HashMap<>(object.getAdditionalProperties());
    body.remove("status");
    return body;
  }
}
