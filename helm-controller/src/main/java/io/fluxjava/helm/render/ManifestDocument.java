package io.fluxjava.helm.render;

import java.util.Map;

/**
 * One object of a rendered chart: the template it came from ({@code # Source:} path) and its body.
 */
public record ManifestDocument(String source, Map<String, Object> object) {

  /** The object's annotations, empty when it has none. */
  @SuppressWarnings("unchecked")
  public Map<String, String> annotations() {
    Object metadata = object.get("metadata");
    if (!(metadata instanceof Map<?, ?> meta) || !(meta.get("annotations") instanceof Map<?, ?>)) {
      return Map.of();
    }
    return (Map<String, String>) meta.get("annotations");
  }

  public String kind() {
    return String.valueOf(object.get("kind"));
  }

  /** {@code metadata.name}. */
  public String name() {
    Object metadata = object.get("metadata");
    return metadata instanceof Map<?, ?> meta ? String.valueOf(meta.get("name")) : "";
  }
}
