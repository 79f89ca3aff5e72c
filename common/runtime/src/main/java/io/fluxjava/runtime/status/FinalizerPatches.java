package io.fluxjava.runtime.status;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.fluxjava.api.FluxMetadata;
import java.util.List;

/**
 * Adds and removes Flux's finalizer with JSON patches guarded by the object's resourceVersion, so a
 * stale copy fails (and is retried) instead of overwriting other finalizers. Raw patches also
 * sidestep fabric8's finalizer-name validation, which rejects {@code finalizers.fluxcd.io}.
 */
public final class FinalizerPatches {

  private final KubernetesClient client;

  public FinalizerPatches(KubernetesClient client) {
    this.client = client;
  }

  /** Whether {@code obj} carries Flux's finalizer. */
  public static boolean present(HasMetadata obj) {
    List<String> finalizers = obj.getMetadata().getFinalizers();
    return finalizers != null && finalizers.contains(FluxMetadata.FINALIZER);
  }

  /** Adds the finalizer to {@code obj}. */
  public void add(HasMetadata obj) {
    List<String> finalizers = obj.getMetadata().getFinalizers();
    ArrayNode ops = guardedBy(obj);
    if (finalizers == null || finalizers.isEmpty()) {
      ops.addObject()
          .put("op", "add")
          .put("path", "/metadata/finalizers")
          .set("value", JsonNodeFactory.instance.arrayNode().add(FluxMetadata.FINALIZER));
    } else {
      ops.addObject()
          .put("op", "add")
          .put("path", "/metadata/finalizers/-")
          .put("value", FluxMetadata.FINALIZER);
    }
    send(obj, ops);
  }

  /** Removes the finalizer from {@code obj}, letting the API server delete it. */
  public void remove(HasMetadata obj) {
    int index = obj.getMetadata().getFinalizers().indexOf(FluxMetadata.FINALIZER);
    ArrayNode ops = guardedBy(obj);
    ops.addObject().put("op", "remove").put("path", "/metadata/finalizers/" + index);
    send(obj, ops);
  }

  private static ArrayNode guardedBy(HasMetadata obj) {
    ArrayNode ops = JsonNodeFactory.instance.arrayNode();
    ops.addObject()
        .put("op", "test")
        .put("path", "/metadata/resourceVersion")
        .put("value", obj.getMetadata().getResourceVersion());
    return ops;
  }

  private void send(HasMetadata obj, ArrayNode ops) {
    client
        .resource(obj)
        .patch(PatchContext.of(PatchType.JSON), client.getKubernetesSerialization().asJson(ops));
  }
}
