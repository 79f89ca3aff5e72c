package io.fluxjava.apply;

import io.fabric8.kubernetes.api.model.DeletionPropagation;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceList;
import io.fabric8.kubernetes.api.model.StatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.MixedOperation;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.fluxjava.apply.inventory.InventoryEntry;
import java.util.Optional;
import java.util.function.Supplier;

/** {@link ClusterClient} on a fabric8 client, addressing objects as unstructured resources. */
public final class Fabric8ClusterClient implements ClusterClient {

  private static final int NOT_FOUND = 404;

  private final KubernetesClient client;
  private final KindScopes scopes;

  public Fabric8ClusterClient(KubernetesClient client) {
    this.client = client;
    this.scopes = new KindScopes(client);
  }

  /** The live object; empty too when the API server does not serve the kind at all. */
  @Override
  public Optional<GenericKubernetesResource> get(InventoryEntry object) {
    if (scopes.isNamespaced(object.apiVersion(), object.id().kind()).isEmpty()) {
      return Optional.empty();
    }
    return Optional.ofNullable(resource(object).get());
  }

  @Override
  public GenericKubernetesResource dryRunApply(
      GenericKubernetesResource desired, String fieldManager) {
    return resource(desired).dryRun().fieldManager(fieldManager).forceConflicts().serverSideApply();
  }

  @Override
  public GenericKubernetesResource apply(GenericKubernetesResource desired, String fieldManager) {
    return resource(desired).fieldManager(fieldManager).forceConflicts().serverSideApply();
  }

  @Override
  public void delete(InventoryEntry object, DeletionPropagation propagation) {
    resource(object).withPropagationPolicy(propagation).delete();
  }

  @Override
  public void jsonPatch(InventoryEntry object, String patch, String fieldManager) {
    PatchContext context =
        new PatchContext.Builder()
            .withPatchType(PatchType.JSON)
            .withFieldManager(fieldManager)
            .build();
    resource(object).patch(context, patch);
  }

  private Resource<GenericKubernetesResource> resource(InventoryEntry object) {
    ObjectId id = object.id();
    var resources = resources(object);
    return id.isClusterScoped()
        ? resources.withName(id.name())
        : resources.inNamespace(id.namespace()).withName(id.name());
  }

  private Resource<GenericKubernetesResource> resource(GenericKubernetesResource desired) {
    InventoryEntry object = InventoryEntry.of(desired);
    boolean namespaced =
        scopes.isNamespaced(desired.getApiVersion(), desired.getKind()).orElse(false);
    if (namespaced && object.id().isClusterScoped()) {
      // fabric8 would silently use the client's default namespace; the API server refuses.
      throw new KubernetesClientException(
          new StatusBuilder()
              .withCode(NOT_FOUND)
              .withReason("NotFound")
              .withMessage("the server could not find the requested resource")
              .build());
    }
    var resources = resources(object);
    return object.id().isClusterScoped()
        ? resources.resource(desired)
        : resources.inNamespace(object.id().namespace()).resource(desired);
  }

  private MixedOperation<
          GenericKubernetesResource,
          GenericKubernetesResourceList,
          Resource<GenericKubernetesResource>>
      resources(InventoryEntry object) {
    return resolving(
        object.apiVersion(),
        object.id().kind(),
        () -> client.genericKubernetesResources(object.apiVersion(), object.id().kind()));
  }

  /**
   * Runs a call that first resolves the kind through discovery. fabric8 reports an unknown kind
   * without any HTTP status; it is reworded the way Kubernetes clients say it.
   */
  private static <T> T resolving(String apiVersion, String kind, Supplier<T> call) {
    try {
      return call.get();
    } catch (KubernetesClientException e) {
      boolean unresolved = e.getCode() <= 0 && e.getStatus() == null && e.getCause() == null;
      if (unresolved) {
        throw new KubernetesClientException(
            "no matches for kind \"%s\" in version \"%s\"".formatted(kind, apiVersion), e);
      }
      throw e;
    }
  }
}
