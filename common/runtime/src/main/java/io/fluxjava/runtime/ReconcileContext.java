package io.fluxjava.runtime;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fluxjava.runtime.conditions.Conditions;
import io.fluxjava.runtime.events.ObjectEvents;
import io.fluxjava.runtime.options.FluxOptions;
import java.util.Optional;

/** What a reconciler gets besides the object: the client, the flags, conditions and events. */
public final class ReconcileContext {

  private final KubernetesClient client;
  private final FluxOptions options;
  private final Conditions conditions;
  private final ObjectEvents events;
  private final String requestedAt;

  public ReconcileContext(
      KubernetesClient client,
      FluxOptions options,
      Conditions conditions,
      ObjectEvents events,
      String requestedAt) {
    this.client = client;
    this.options = options;
    this.conditions = conditions;
    this.events = events;
    this.requestedAt = requestedAt;
  }

  /** The API server client shared by the whole controller. */
  public KubernetesClient client() {
    return client;
  }

  /** The controller's flags. */
  public FluxOptions options() {
    return options;
  }

  /** The object's status conditions; the runtime writes them back in the status patch. */
  public Conditions conditions() {
    return conditions;
  }

  /** Records Kubernetes events and notifications about this object. */
  public ObjectEvents events() {
    return events;
  }

  /** The {@code reconcile.fluxcd.io/requestedAt} annotation value that triggered this run. */
  public Optional<String> requestedAt() {
    return Optional.ofNullable(requestedAt);
  }
}
