package io.fluxjava.runtime.events;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records every event as a Kubernetes Event and, when {@code --events-addr} is set, posts it to
 * notification-controller. Both happen on a background thread so that a slow API server or
 * notification endpoint never holds up a reconcile; a full backlog drops events.
 */
public final class FluxEventRecorder implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(FluxEventRecorder.class);
  private static final int MAX_BACKLOG = 1000;

  private final KubernetesClient client;
  private final String controller;
  private final String instance;
  private final Clock clock;
  private final ScheduledExecutorService worker;
  private final EventPoster poster;
  private final AtomicInteger backlog = new AtomicInteger();

  /**
   * @param eventsAddr notification-controller's URL, or empty to only record Kubernetes Events
   * @param instance this replica's name (the pod's hostname)
   */
  public FluxEventRecorder(
      KubernetesClient client, String controller, String eventsAddr, String instance, Clock clock) {
    this.client = client;
    this.controller = controller;
    this.instance = instance;
    this.clock = clock;
    this.worker =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "flux-events");
              t.setDaemon(true);
              return t;
            });
    this.poster =
        eventsAddr == null || eventsAddr.isBlank() ? null : new EventPoster(eventsAddr, worker);
  }

  /** The recorder bound to one object. */
  public ObjectEvents forObject(HasMetadata obj) {
    return (severity, reason, message, metadata) ->
        record(obj, severity, reason, message, metadata);
  }

  /** Records an event about {@code obj}; returns at once. */
  public void record(
      HasMetadata obj,
      EventSeverity severity,
      String reason,
      String message,
      Map<String, String> metadata) {
    if (backlog.incrementAndGet() > MAX_BACKLOG) {
      backlog.decrementAndGet();
      LOG.warn(
          "event backlog full, dropping event {} about {}", reason, obj.getMetadata().getName());
      return;
    }
    Instant now = clock.instant();
    Map<String, String> allMetadata = EventPayload.metadata(obj, metadata);
    worker.execute(
        () -> {
          try {
            writeKubernetesEvent(obj, severity, reason, message, allMetadata, now);
            if (poster != null && severity != EventSeverity.TRACE && isNamespaced(obj)) {
              Map<String, Object> body =
                  EventPayload.body(
                      obj, severity, now, reason, message, allMetadata, controller, instance);
              poster.post(client.getKubernetesSerialization().asJson(body));
            }
          } finally {
            backlog.decrementAndGet();
          }
        });
  }

  private void writeKubernetesEvent(
      HasMetadata obj,
      EventSeverity severity,
      String reason,
      String message,
      Map<String, String> metadata,
      Instant now) {
    String namespace = obj.getMetadata().getNamespace();
    Event event =
        new EventBuilder()
            .withNewMetadata()
            // the API server picks a unique suffix, as client-go's timestamp suffix would
            .withGenerateName(obj.getMetadata().getName() + ".")
            .withNamespace(namespace == null ? "default" : namespace)
            .withAnnotations(metadata)
            .endMetadata()
            .withInvolvedObject(EventPayload.referenceTo(obj))
            .withType(severity.kubernetesType())
            .withReason(reason)
            .withMessage(message)
            .withNewSource()
            .withComponent(controller)
            .endSource()
            .withReportingComponent(controller)
            .withReportingInstance(instance)
            .withFirstTimestamp(now.toString())
            .withLastTimestamp(now.toString())
            .withCount(1)
            .build();
    try {
      client.v1().events().resource(event).create();
    } catch (RuntimeException e) {
      LOG.error(
          "recording event {} about {} failed: {}",
          reason,
          obj.getMetadata().getName(),
          e.getMessage());
    }
  }

  private static boolean isNamespaced(HasMetadata obj) {
    // upstream drops notifications about objects without kind, name or namespace
    return obj.getKind() != null
        && obj.getMetadata().getName() != null
        && obj.getMetadata().getNamespace() != null;
  }

  /** Stops the background thread, giving queued events a moment to leave. */
  @Override
  public void close() {
    worker.shutdown();
    try {
      worker.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
