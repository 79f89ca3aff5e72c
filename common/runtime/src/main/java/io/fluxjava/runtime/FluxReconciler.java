package io.fluxjava.runtime;

import io.fabric8.kubernetes.client.CustomResource;
import java.util.List;

/**
 * One controller's reconcile logic for one Flux kind; the runtime decides when it runs and writes
 * the status it leaves on the object.
 *
 * <p>The runtime calls {@link #reconcile} with an object that carries the finalizer, is not
 * suspended and is not being deleted. The reconciler mutates {@code obj.getStatus()} for its own
 * fields and sets conditions through {@link ReconcileContext#conditions()}; the runtime then writes
 * one status patch (conditions, {@code observedGeneration}, {@code lastHandledReconcileAt} and the
 * kind's own fields) and schedules the next run from the returned {@link ReconcileResult}.
 *
 * @param <T> the custom resource kind
 */
public interface FluxReconciler<T extends CustomResource<?, ?>> {

  /** The resource class this reconciler handles. */
  Class<T> resourceType();

  /** Brings the world in line with {@code obj}; must not throw for expected failures. */
  ReconcileResult reconcile(T obj, ReconcileContext ctx);

  /**
   * Releases what the object owns before it is deleted; the runtime removes the finalizer when this
   * returns normally and retries with backoff when it throws.
   */
  default void cleanup(T obj, ReconcileContext ctx) {}

  /** Other objects whose changes must trigger a reconcile of the objects that reference them. */
  default List<DependencyWatch<?, T>> dependencies() {
    return List.of();
  }
}
