package io.fluxjava.runtime.events;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectReference;
import io.fabric8.kubernetes.api.model.ObjectReferenceBuilder;
import io.fluxjava.api.FluxMetadata;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** Builds upstream's event JSON fields (fluxcd/pkg/apis/event v1beta1) for one event. */
final class EventPayload {

  /** Upstream's limit on the message of a posted event. */
  static final int MAX_MESSAGE_LENGTH = 39000;

  private EventPayload() {}

  static ObjectReference referenceTo(HasMetadata obj) {
    return new ObjectReferenceBuilder()
        .withApiVersion(obj.getApiVersion())
        .withKind(obj.getKind())
        .withName(obj.getMetadata().getName())
        .withNamespace(obj.getMetadata().getNamespace())
        .withUid(obj.getMetadata().getUid())
        .withResourceVersion(obj.getMetadata().getResourceVersion())
        .build();
  }

  /**
   * The event metadata: the given keys prefixed with the object's API group, plus the object's
   * {@code event.toolkit.fluxcd.io/} annotations as they are.
   */
  static Map<String, String> metadata(HasMetadata obj, Map<String, String> given) {
    Map<String, String> out = new TreeMap<>();
    String group = groupOf(obj.getApiVersion());
    given.forEach((k, v) -> out.put(group + "/" + k, v));
    Map<String, String> annotations = obj.getMetadata().getAnnotations();
    if (annotations != null) {
      annotations.forEach(
          (k, v) -> {
            if (k.startsWith(FluxMetadata.EVENT_PREFIX)) {
              out.put(k, v);
            }
          });
    }
    return out;
  }

  static Map<String, Object> body(
      HasMetadata obj,
      EventSeverity severity,
      Instant timestamp,
      String reason,
      String message,
      Map<String, String> metadata,
      String controller,
      String instance) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("involvedObject", referenceTo(obj));
    body.put("severity", severity.wireName());
    body.put("timestamp", timestamp.toString());
    body.put(
        "message",
        message.length() > MAX_MESSAGE_LENGTH ? message.substring(0, MAX_MESSAGE_LENGTH) : message);
    body.put("reason", reason);
    if (!metadata.isEmpty()) {
      body.put("metadata", metadata);
    }
    body.put("reportingController", controller);
    body.put("reportingInstance", instance);
    return body;
  }

  private static String groupOf(String apiVersion) {
    int slash = apiVersion == null ? -1 : apiVersion.indexOf('/');
    return slash < 0 ? "" : apiVersion.substring(0, slash);
  }
}
