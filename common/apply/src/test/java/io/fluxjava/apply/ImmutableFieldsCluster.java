package io.fluxjava.apply;

import io.fabric8.kubernetes.api.model.DeletionPropagation;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.StatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fluxjava.apply.inventory.InventoryEntry;
import java.util.Objects;
import java.util.Optional;

/**
 * The in-memory API server plus the one rule it lacks: a ConfigMap marked {@code immutable: true}
 * refuses changes to its data with 422 Invalid, as a real API server does.
 */
final class ImmutableFieldsCluster implements ClusterClient {

  private final ClusterClient server;

  ImmutableFieldsCluster(ClusterClient server) {
    this.server = server;
  }

  @Override
  public Optional<GenericKubernetesResource> get(InventoryEntry object) {
    return server.get(object);
  }

  @Override
  public GenericKubernetesResource dryRunApply(
      GenericKubernetesResource desired, String fieldManager) {
    Optional<GenericKubernetesResource> live = server.get(InventoryEntry.of(desired));
    if (live.isPresent()
        && Boolean.TRUE.equals(live.get().getAdditionalProperties().get("immutable"))
        && !Objects.equals(
            live.get().getAdditionalProperties().get("data"),
            desired.getAdditionalProperties().get("data"))) {
      String name = desired.getMetadata().getName();
      throw new KubernetesClientException(
          new StatusBuilder()
              .withCode(422)
              .withReason("Invalid")
              .withMessage(
                  "ConfigMap \"%s\" is invalid: data: Forbidden: field is immutable when `immutable` is set"
                      .formatted(name))
              .build());
    }
    return server.dryRunApply(desired, fieldManager);
  }

  @Override
  public GenericKubernetesResource apply(GenericKubernetesResource desired, String fieldManager) {
    return server.apply(desired, fieldManager);
  }

  @Override
  public void delete(InventoryEntry object, DeletionPropagation propagation) {
    server.delete(object, propagation);
  }

  @Override
  public void jsonPatch(InventoryEntry object, String patch, String fieldManager) {
    server.jsonPatch(object, patch, fieldManager);
  }
}
