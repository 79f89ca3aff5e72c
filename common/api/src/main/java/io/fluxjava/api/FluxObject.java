package io.fluxjava.api;

import io.fabric8.kubernetes.api.model.HasMetadata;

/**
 * A Flux object that a controller reconciles: it has an interval, can be suspended and reports
 * conditions, {@code observedGeneration} and {@code lastHandledReconcileAt}.
 *
 * @param <S> the spec type
 * @param <T> the status type
 */
public interface FluxObject<S extends ReconcilableSpec, T extends ReconcileStatus>
    extends HasMetadata {

  S getSpec();

  T getStatus();

  void setStatus(T status);

  /** A new, empty status of this kind, for objects that have none yet. */
  T newStatus();
}
