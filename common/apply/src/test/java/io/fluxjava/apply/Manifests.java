package io.fluxjava.apply;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.util.Map;

/** Test manifests written as YAML. */
public final class Manifests {

  private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

  private Manifests() {}

  public static GenericKubernetesResource object(String yaml) {
    return SERIALIZATION.unmarshal(yaml, GenericKubernetesResource.class);
  }

  public static Map<String, Object> map(String yaml) {
    return Unstructured.toMap(object(yaml));
  }

  public static GenericKubernetesResource configMap(String namespace, String name, String value) {
    return object(
        """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: %s
          namespace: %s
        data:
          key: %s
        """
            .formatted(name, namespace, value));
  }
}
