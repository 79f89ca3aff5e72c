package io.fluxjava.helm.action;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fluxjava.apply.IgnoredFields;
import io.fluxjava.apply.JsonPointers;
import io.fluxjava.helm.render.ManifestDocument;
import java.util.List;
import java.util.Map;

/**
 * Drift correction of an object with ignored fields: the document re-applied carries the live
 * values of those fields, so that correcting other fields does not reset them.
 */
final class IgnoredFieldsOverlay {

  private static final TypeReference<Map<String, Object>> MAP_TYPE = new TypeReference<>() {};
  private static final ObjectMapper JSON = new ObjectMapper();

  private final KubernetesClient client;
  private final IgnoredFields ignored;

  IgnoredFieldsOverlay(KubernetesClient client, IgnoredFields ignored) {
    this.client = client;
    this.ignored = ignored;
  }

  /** The object as a tree of maps and lists. */
  static Map<String, Object> tree(GenericKubernetesResource object) {
    return JSON.convertValue(object, MAP_TYPE);
  }

  /** The document with the live values at the pointers ignored for {@code prepared}. */
  ManifestDocument keepLive(ManifestDocument document, GenericKubernetesResource prepared) {
    List<String> pointers = ignored.pointersFor(prepared);
    if (pointers.isEmpty()) {
      return document;
    }
    GenericKubernetesResource live = client.resource(prepared).get();
    if (live == null) {
      return document;
    }
    Map<String, Object> liveTree = tree(live);
    @SuppressWarnings("unchecked")
    Map<String, Object> overlaid = (Map<String, Object>) JsonPointers.deepCopy(document.object());
    pointers.forEach(pointer -> JsonPointers.copy(liveTree, overlaid, pointer));
    return new ManifestDocument(document.source(), overlaid);
  }
}
