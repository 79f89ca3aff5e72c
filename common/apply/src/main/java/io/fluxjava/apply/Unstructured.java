package io.fluxjava.apply;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.util.Map;

/** Copies and converts unstructured objects with one shared fabric8 serializer. */
public final class Unstructured {

  private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

  private Unstructured() {}

  public static GenericKubernetesResource copy(GenericKubernetesResource object) {
    return SERIALIZATION.clone(object);
  }

  public static String toJson(Object value) {
    return SERIALIZATION.asJson(value);
  }

  /** The whole object as nested maps and lists, the shape CEL and the status rules read. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> toMap(GenericKubernetesResource object) {
    return SERIALIZATION.convertValue(object, Map.class);
  }
}
