package io.fluxjava.kustomizecontroller.sops;

import java.util.Map;

/** The few facts about a Kubernetes object (as a parsed map) that SOPS handling needs. */
final class KubernetesObjects {

  /** Annotation that turns decryption off for one object. */
  static final String DECRYPT_ANNOTATION = "kustomize.toolkit.fluxcd.io/decrypt";

  /** The annotation value that disables decryption (compared case-insensitively). */
  static final String DISABLED_VALUE = "Disabled";

  private KubernetesObjects() {}

  static boolean isSecret(Map<String, Object> object) {
    return "Secret".equals(object.get("kind")) && "v1".equals(object.get("apiVersion"));
  }

  static boolean isDecryptionDisabled(Map<String, Object> object) {
    return metadata(object).get("annotations") instanceof Map<?, ?> annotations
        && annotations.get(DECRYPT_ANNOTATION) instanceof String value
        && value.equalsIgnoreCase(DISABLED_VALUE);
  }

  /** {@code namespace/name}, as upstream names objects in decryption errors. */
  static String namespacedName(Map<String, Object> object) {
    Map<?, ?> metadata = metadata(object);
    return text(metadata.get("namespace")) + "/" + text(metadata.get("name"));
  }

  private static Map<?, ?> metadata(Map<String, Object> object) {
    return object.get("metadata") instanceof Map<?, ?> metadata ? metadata : Map.of();
  }

  private static String text(Object value) {
    return value == null ? "" : value.toString();
  }
}
