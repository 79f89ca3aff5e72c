package io.fluxjava.apply;

import io.fabric8.kubernetes.api.model.DeletionPropagation;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fluxjava.apply.inventory.InventoryEntry;
import java.util.Optional;

/**
 * The few API-server calls the engine makes, so that the engine's decisions can be exercised
 * against any API server (or a stand-in producing errors a test server cannot). Failures surface as
 * {@link io.fabric8.kubernetes.client.KubernetesClientException} carrying the server's status.
 */
public interface ClusterClient {

  /** The live object, or empty when it does not exist. */
  Optional<GenericKubernetesResource> get(InventoryEntry object);

  /** Server-side apply with {@code dryRun=All} and forced ownership: the would-be result. */
  GenericKubernetesResource dryRunApply(GenericKubernetesResource desired, String fieldManager);

  /** Server-side apply with forced ownership. */
  GenericKubernetesResource apply(GenericKubernetesResource desired, String fieldManager);

  /** Deletes the object; a missing object is not an error. */
  void delete(InventoryEntry object, DeletionPropagation propagation);

  /** Applies an RFC 6902 JSON patch to the live object. */
  void jsonPatch(InventoryEntry object, String patch, String fieldManager);
}
