package io.fluxjava.helm.action;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fluxjava.helm.render.HelmObjectMetadata;
import io.fluxjava.helm.render.ManifestDocument;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns rendered documents into the objects Helm would send: in the release namespace when
 * namespaced and unqualified, with Helm's ownership label and annotations.
 */
final class ReleaseObjects {

  private final KubernetesClient client;
  private final ObjectScopes scopes;

  ReleaseObjects(KubernetesClient client) {
    this.client = client;
    this.scopes = new ObjectScopes(client);
  }

  List<GenericKubernetesResource> prepare(
      List<ManifestDocument> documents, String releaseName, String namespace) {
    return documents.stream().map(d -> prepare(d.object(), releaseName, namespace)).toList();
  }

  GenericKubernetesResource prepare(
      Map<String, Object> document, String releaseName, String namespace) {
    GenericKubernetesResource object =
        client.getKubernetesSerialization().convertValue(document, GenericKubernetesResource.class);
    if (scopes.isNamespaced(object.getApiVersion(), object.getKind())) {
      if (object.getMetadata().getNamespace() == null
          || object.getMetadata().getNamespace().isEmpty()) {
        object.getMetadata().setNamespace(namespace);
      }
    } else {
      object.getMetadata().setNamespace(null);
    }
    Map<String, String> labels = new HashMap<>();
    if (object.getMetadata().getLabels() != null) {
      labels.putAll(object.getMetadata().getLabels());
    }
    labels.put(HelmObjectMetadata.MANAGED_BY_LABEL, HelmObjectMetadata.MANAGED_BY);
    object.getMetadata().setLabels(labels);
    Map<String, String> annotations = new HashMap<>();
    if (object.getMetadata().getAnnotations() != null) {
      annotations.putAll(object.getMetadata().getAnnotations());
    }
    annotations.put(HelmObjectMetadata.RELEASE_NAME_ANNOTATION, releaseName);
    annotations.put(HelmObjectMetadata.RELEASE_NAMESPACE_ANNOTATION, namespace);
    object.getMetadata().setAnnotations(annotations);
    return object;
  }
}
