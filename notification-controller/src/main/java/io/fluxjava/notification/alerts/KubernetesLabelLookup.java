package io.fluxjava.notification.alerts;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fluxjava.notification.events.InvolvedObject;
import java.util.Map;

/** Reads an event object's labels from the API server for {@code matchLabels}. */
public final class KubernetesLabelLookup implements LabelLookup {

  private final KubernetesClient client;

  public KubernetesLabelLookup(KubernetesClient client) {
    this.client = client;
  }

  @Override
  public Map<String, String> labels(InvolvedObject object) {
    if (object.apiVersion() == null || object.apiVersion().isEmpty()) {
      return Map.of();
    }
    try {
      GenericKubernetesResource resource =
          client
              .genericKubernetesResources(object.apiVersion(), object.kind())
              .inNamespace(object.namespace())
              .withName(object.name())
              .get();
      if (resource == null || resource.getMetadata().getLabels() == null) {
        return Map.of();
      }
      return resource.getMetadata().getLabels();
    } catch (KubernetesClientException e) {
      return Map.of();
    }
  }
}
