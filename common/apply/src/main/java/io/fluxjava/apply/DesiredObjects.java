package io.fluxjava.apply;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.util.HashMap;
import java.util.Map;

/**
 * Turns a manifest into the body of a server-side apply: owner labels added, and the server-owned
 * fields removed that would make the API server refuse or lock the request.
 */
final class DesiredObjects {

  private static final String CRD_KIND = "CustomResourceDefinition";

  private DesiredObjects() {}

  static GenericKubernetesResource prepare(
      GenericKubernetesResource manifest, Map<String, String> ownerLabels) {
    GenericKubernetesResource desired = Unstructured.copy(manifest);
    ObjectMeta metadata = desired.getMetadata();
    if (!ownerLabels.isEmpty()) {
      Map<String, String> labels = new HashMap<>();
      if (metadata.getLabels() != null) {
        labels.putAll(metadata.getLabels());
      }
      labels.putAll(ownerLabels);
      metadata.setLabels(labels);
    }
    // An apply body must not carry managedFields, and a resourceVersion would turn it into a
    // conditional write that fails as soon as anyone else touches the object.
    metadata.setManagedFields(null);
    metadata.setResourceVersion(null);
    metadata.setUid(null);
    metadata.setCreationTimestamp(null);
    metadata.setGeneration(null);
    // Status is written by controllers; CRDs are the exception upstream keeps (stored versions).
    if (!CRD_KIND.equals(desired.getKind())) {
      desired.getAdditionalProperties().remove("status");
    }
    return desired;
  }
}
