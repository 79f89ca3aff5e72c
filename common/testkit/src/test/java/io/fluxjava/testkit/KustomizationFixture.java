package io.fluxjava.testkit;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.Resource;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Kustomization objects for tests, through the CRD in the test resources. */
final class KustomizationFixture {

  static final Path CRDS = Path.of("src/test/resources/crds");
  static final String API_VERSION = "kustomize.toolkit.fluxcd.io/v1";
  static final String KIND = "Kustomization";

  private KustomizationFixture() {}

  static GenericKubernetesResource create(KubernetesClient client, String namespace, String name) {
    GenericKubernetesResource object =
        new GenericKubernetesResourceBuilder()
            .withApiVersion(API_VERSION)
            .withKind(KIND)
            .withNewMetadata()
            .withName(name)
            .withNamespace(namespace)
            .endMetadata()
            .addToAdditionalProperties("spec", Map.of("interval", "5m", "path", "./apps"))
            .build();
    return client.resource(object).create();
  }

  static Resource<GenericKubernetesResource> get(
      KubernetesClient client, String namespace, String name) {
    return client
        .genericKubernetesResources(API_VERSION, KIND)
        .inNamespace(namespace)
        .withName(name);
  }

  /** Writes a Ready condition through the status subresource, as a controller would. */
  static void writeReady(
      KubernetesClient client, String namespace, String name, String status, String message) {
    GenericKubernetesResource current = get(client, namespace, name).get();
    long generation = current.getMetadata().getGeneration();
    Map<String, Object> condition =
        Map.of(
            "type",
            "Ready",
            "status",
            status,
            "reason",
            "True".equals(status) ? "ReconciliationSucceeded" : "BuildFailed",
            "message",
            message,
            "observedGeneration",
            generation,
            "lastTransitionTime",
            "2026-01-01T00:00:00Z");
    current.setAdditionalProperty(
        "status", Map.of("observedGeneration", generation, "conditions", List.of(condition)));
    client.resource(current).updateStatus();
  }
}
