package io.fluxjava.helm.render;

import io.fluxjava.api.meta.CommonMetadata;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code spec.commonMetadata}: its labels and annotations set on every rendered object (only on
 * {@code metadata}, never on templates or selectors), replacing the chart's values of the same
 * keys, as upstream's common post-renderer does.
 */
public final class CommonMetadataRenderer {

  private CommonMetadataRenderer() {}

  /** The objects with the common labels and annotations; unchanged without common metadata. */
  public static List<ManifestDocument> apply(
      List<ManifestDocument> documents, CommonMetadata common) {
    if (common == null || isEmpty(common.getLabels()) && isEmpty(common.getAnnotations())) {
      return documents;
    }
    return documents.stream().map(d -> withMetadata(d, common)).toList();
  }

  private static ManifestDocument withMetadata(ManifestDocument document, CommonMetadata common) {
    Map<String, Object> object = new LinkedHashMap<>(document.object());
    Map<String, Object> metadata = copy(object.get("metadata"));
    putAll(metadata, "labels", common.getLabels());
    putAll(metadata, "annotations", common.getAnnotations());
    object.put("metadata", metadata);
    return new ManifestDocument(document.source(), object);
  }

  private static void putAll(Map<String, Object> metadata, String key, Map<String, String> added) {
    if (isEmpty(added)) {
      return;
    }
    Map<String, Object> values = copy(metadata.get(key));
    values.putAll(added);
    metadata.put(key, values);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> copy(Object map) {
    return map instanceof Map<?, ?> m
        ? new LinkedHashMap<>((Map<String, Object>) m)
        : new LinkedHashMap<>();
  }

  private static boolean isEmpty(Map<String, String> map) {
    return map == null || map.isEmpty();
  }
}
