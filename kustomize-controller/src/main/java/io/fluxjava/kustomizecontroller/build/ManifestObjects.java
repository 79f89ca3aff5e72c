package io.fluxjava.kustomizecontroller.build;

import java.util.Map;

/**
 * Reads the metadata of built objects, which are plain maps as the kustomize engine returns them.
 */
public final class ManifestObjects {

  private ManifestObjects() {}

  /** {@code metadata.name}, or an empty string. */
  public static String nameOf(Map<String, Object> object) {
    Object name = metadata(object).get("name");
    return name == null ? "" : name.toString();
  }

  /** {@code metadata.labels}, empty when absent. */
  public static Map<String, Object> labels(Map<String, Object> object) {
    return mapAt(metadata(object), "labels");
  }

  /** {@code metadata.annotations}, empty when absent. */
  public static Map<String, Object> annotations(Map<String, Object> object) {
    return mapAt(metadata(object), "annotations");
  }

  /** {@code metadata}, empty when absent. */
  public static Map<String, Object> metadata(Map<String, Object> object) {
    return mapAt(object, "metadata");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> mapAt(Map<String, Object> parent, String key) {
    return parent.get(key) instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
  }
}
