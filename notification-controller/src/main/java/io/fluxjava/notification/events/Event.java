package io.fluxjava.notification.events;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.fluxjava.api.Reasons;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * An event as the Flux controllers post it (upstream's event/v1beta1 Event); the field order
 * matches upstream's JSON encoding so forwarded bodies look the same.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({
  "involvedObject",
  "severity",
  "timestamp",
  "message",
  "reason",
  "metadata",
  "reportingController",
  "reportingInstance"
})
public record Event(
    InvolvedObject involvedObject,
    String severity,
    String timestamp,
    String message,
    String reason,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> metadata,
    String reportingController,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) String reportingInstance) {

  public static final String SEVERITY_INFO = "info";
  public static final String SEVERITY_ERROR = "error";
  public static final String SEVERITY_TRACE = "trace";

  /** Metadata key (after prefix stripping) that carries the source revision. */
  public static final String META_REVISION = "revision";

  /** Metadata key (after prefix stripping) of commit-status events. */
  public static final String META_COMMIT_STATUS = "commit_status";

  /** The value of {@link #META_COMMIT_STATUS} on kustomize-controller's success events. */
  public static final String COMMIT_STATUS_UPDATE = "update";

  public Event {
    // sorted, so that every payload built from the metadata is deterministic
    metadata =
        Collections.unmodifiableSortedMap(
            metadata == null ? new TreeMap<>() : new TreeMap<>(metadata));
  }

  /** A copy of this event with other metadata. */
  public Event withMetadata(Map<String, String> newMetadata) {
    return new Event(
        involvedObject,
        severity,
        timestamp,
        message,
        reason,
        newMetadata,
        reportingController,
        reportingInstance);
  }

  /** True when this event is of error severity. */
  @JsonIgnore
  public boolean isError() {
    return SEVERITY_ERROR.equals(severity);
  }

  /**
   * True for the events a controller sends while a reconcile is still running; commit-status
   * providers skip them, as upstream does.
   */
  @JsonIgnore
  public boolean isProgressing() {
    return Reasons.PROGRESSING.equals(reason);
  }

  /** True when the metadata holds the given key with the given value. */
  public boolean hasMetadata(String key, String value) {
    return value.equals(metadata.get(key));
  }

  /** The timestamp as an instant. */
  @JsonIgnore
  public Instant instant() {
    return OffsetDateTime.parse(timestamp).toInstant();
  }

  /** {@code kind/name.namespace} with the kind in lower case, as the chat providers title it. */
  @JsonIgnore
  public String objectTitle() {
    return involvedObject.kind().toLowerCase(Locale.ROOT)
        + "/"
        + involvedObject.name()
        + "."
        + involvedObject.namespace();
  }
}
