package io.fluxjava.helm.action;

import io.fabric8.kubernetes.api.model.APIResource;
import io.fabric8.kubernetes.api.model.APIResourceList;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether a kind is namespaced, so that Helm's rule holds: a namespaced object rendered without a
 * namespace goes into the release namespace. Built-in kinds are known from fabric8's model, others
 * from discovery; unknown kinds count as namespaced, as Helm assumes for CRs of new CRDs.
 */
final class ObjectScopes {

  private final KubernetesClient client;
  private final Map<String, Boolean> discovered = new ConcurrentHashMap<>();

  ObjectScopes(KubernetesClient client) {
    this.client = client;
  }

  boolean isNamespaced(String apiVersion, String kind) {
    Class<? extends KubernetesResource> type =
        client.getKubernetesSerialization().getRegisteredKubernetesResource(apiVersion, kind);
    if (type != null && type != GenericKubernetesResource.class) {
      return Namespaced.class.isAssignableFrom(type);
    }
    return discovered.computeIfAbsent(apiVersion + "/" + kind, k -> discover(apiVersion, kind));
  }

  private boolean discover(String apiVersion, String kind) {
    APIResourceList resources = client.getApiResources(apiVersion);
    if (resources == null || resources.getResources() == null) {
      return true;
    }
    return resources.getResources().stream()
        .filter(r -> kind.equals(r.getKind()) && !r.getName().contains("/"))
        .map(APIResource::getNamespaced)
        .findFirst()
        .orElse(true);
  }
}
