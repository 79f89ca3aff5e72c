package io.fluxjava.runtime.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.util.List;

/**
 * Writes an object's status as one JSON patch on the status subresource, and nothing when the
 * status did not change. Not server-side apply: the runtime owns the whole status of its kinds.
 */
public final class StatusWriter {

  private final KubernetesClient client;
  private final KubernetesSerialization serialization;

  public StatusWriter(KubernetesClient client) {
    this.client = client;
    this.serialization = client.getKubernetesSerialization();
  }

  /** The JSON form of {@code obj.status} (an empty object when there is none). */
  public ObjectNode statusOf(CustomResource<?, ?> obj) {
    return obj.getStatus() == null
        ? JsonNodeFactory.instance.objectNode()
        : serialization.convertValue(obj.getStatus(), ObjectNode.class);
  }

  /** The JSON form of {@code obj.spec} (an empty object when there is none). */
  public JsonNode specOf(CustomResource<?, ?> obj) {
    return obj.getSpec() == null
        ? JsonNodeFactory.instance.objectNode()
        : serialization.convertValue(obj.getSpec(), JsonNode.class);
  }

  /** Replaces {@code status.conditions} (kept as an empty list only when it was present). */
  public void putConditions(ObjectNode status, List<Condition> conditions) {
    if (conditions.isEmpty() && !status.has("conditions")) {
      return;
    }
    status.set("conditions", serialization.convertValue(conditions, JsonNode.class));
  }

  /**
   * Patches {@code obj}'s status from {@code before} to {@code after}.
   *
   * @return whether a request was sent
   */
  public boolean write(CustomResource<?, ?> obj, ObjectNode before, ObjectNode after) {
    if (JsonPatches.same(before, after)) {
      return false;
    }
    client
        .resource(obj)
        .status()
        .patch(
            PatchContext.of(PatchType.JSON),
            serialization.asJson(JsonPatches.diff("/status", before, after)));
    return true;
  }
}
