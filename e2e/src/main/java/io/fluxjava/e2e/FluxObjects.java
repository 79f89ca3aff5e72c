package io.fluxjava.e2e;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads Flux objects and their Ready condition as a user's {@code kubectl get} would. */
public final class FluxObjects {

  /** The Kustomization API version. */
  public static final String KUSTOMIZE_V1 = "kustomize.toolkit.fluxcd.io/v1";

  /** The GitRepository/HelmRepository API version. */
  public static final String SOURCE_V1 = "source.toolkit.fluxcd.io/v1";

  /** The HelmRelease API version. */
  public static final String HELM_V2 = "helm.toolkit.fluxcd.io/v2";

  private FluxObjects() {}

  /** The Ready condition of an object: status, reason, message. */
  public record Ready(String status, String reason, String message) {
    /** Ready=True. */
    public boolean isTrue() {
      return "True".equals(status);
    }
  }

  /** The object, if it exists. */
  public static Optional<GenericKubernetesResource> get(
      KubernetesClient client, String apiVersion, String kind, String namespace, String name) {
    return Optional.ofNullable(
        client
            .genericKubernetesResources(apiVersion, kind)
            .inNamespace(namespace)
            .withName(name)
            .get());
  }

  /** The object's Ready condition, if it has one yet. */
  public static Optional<Ready> ready(
      KubernetesClient client, String apiVersion, String kind, String namespace, String name) {
    return get(client, apiVersion, kind, namespace, name).flatMap(FluxObjects::ready);
  }

  /** The Ready condition of a read object. */
  @SuppressWarnings("unchecked")
  public static Optional<Ready> ready(GenericKubernetesResource object) {
    Object status = object.getAdditionalProperties().get("status");
    if (!(status instanceof Map<?, ?> fields)
        || !(fields.get("conditions") instanceof List<?> conditions)) {
      return Optional.empty();
    }
    return conditions.stream()
        .map(condition -> (Map<String, Object>) condition)
        .filter(condition -> "Ready".equals(condition.get("type")))
        .findFirst()
        .map(
            condition ->
                new Ready(
                    String.valueOf(condition.get("status")),
                    String.valueOf(condition.get("reason")),
                    String.valueOf(condition.get("message"))));
  }
}
