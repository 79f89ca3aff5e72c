package io.fluxjava.notification.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** The object an event is about, shaped like a Kubernetes core ObjectReference. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({
  "kind",
  "namespace",
  "name",
  "uid",
  "apiVersion",
  "resourceVersion",
  "fieldPath"
})
public record InvolvedObject(
    String kind,
    String namespace,
    String name,
    String uid,
    String apiVersion,
    String resourceVersion,
    String fieldPath) {

  /** The API group of {@link #apiVersion()}, empty for the core group. */
  public String group() {
    if (apiVersion == null || !apiVersion.contains("/")) {
      return "";
    }
    return apiVersion.substring(0, apiVersion.indexOf('/'));
  }
}
