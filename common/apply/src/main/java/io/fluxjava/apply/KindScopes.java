package io.fluxjava.apply;

import io.fabric8.kubernetes.api.model.APIResource;
import io.fabric8.kubernetes.api.model.APIResourceList;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Knows whether a kind is namespaced: from fabric8's model for built-in kinds, from discovery for
 * the others (cached once found, since a CRD's scope cannot change).
 */
final class KindScopes {

  private final KubernetesClient client;
  private final Map<String, Boolean> discovered = new ConcurrentHashMap<>();

  KindScopes(KubernetesClient client) {
    this.client = client;
  }

  /** The kind's scope, or empty when the API server does not serve it. */
  Optional<Boolean> isNamespaced(String apiVersion, String kind) {
    Class<? extends KubernetesResource> type =
        client.getKubernetesSerialization().getRegisteredKubernetesResource(apiVersion, kind);
    if (type != null && type != GenericKubernetesResource.class) {
      return Optional.of(Namespaced.class.isAssignableFrom(type));
    }
    String key = apiVersion + "/" + kind;
    Boolean known = discovered.get(key);
    if (known != null) {
      return Optional.of(known);
    }
    Optional<Boolean> found = discover(apiVersion, kind);
    found.ifPresent(namespaced -> discovered.put(key, namespaced));
    return found;
  }

  private Optional<Boolean> discover(String apiVersion, String kind) {
    APIResourceList resources = client.getApiResources(apiVersion);
    if (resources == null || resources.getResources() == null) {
      return Optional.empty();
    }
    return resources.getResources().stream()
        // subresources (deployments/scale) share the kind of their parent
        .filter(r -> kind.equals(r.getKind()) && !r.getName().contains("/"))
        .map(APIResource::getNamespaced)
        .findFirst();
  }
}
