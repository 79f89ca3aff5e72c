package io.fluxjava.api;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.Map;

/**
 * A Flux object that a controller reconciles: it has an interval, can be suspended and reports
 * conditions, {@code observedGeneration} and {@code lastHandledReconcileAt}. Implementations are
 * fabric8 {@code CustomResource}s, whose {@code setStatus} sets the status (it is not repeated here
 * because a second, generic setter confuses Jackson's binding of {@code status}).
 *
 * @param <S> the spec type
 * @param <T> the status type
 */
public interface FluxObject<S extends ReconcilableSpec, T extends ReconcileStatus>
    extends HasMetadata {

  S getSpec();

  T getStatus();

  /** A new, empty status of this kind, for objects that have none yet. */
  T newStatus();

  /** Whether {@code spec.suspend} is true. */
  default boolean suspended() {
    return getSpec() != null && Boolean.TRUE.equals(getSpec().getSuspend());
  }

  /** The {@code reconcile.fluxcd.io/requestedAt} annotation, or null when it is absent. */
  default String requestedAt() {
    Map<String, String> annotations = getMetadata() == null ? null : getMetadata().getAnnotations();
    return annotations == null ? null : annotations.get(FluxMetadata.REQUESTED_AT);
  }
}
