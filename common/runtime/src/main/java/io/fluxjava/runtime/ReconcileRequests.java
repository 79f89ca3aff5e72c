package io.fluxjava.runtime;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fluxjava.api.FluxMetadata;
import java.util.Map;
import java.util.Optional;

/** Reads the on-demand reconcile request ({@code flux reconcile}) of any object. */
public final class ReconcileRequests {

  private ReconcileRequests() {}

  /** The current {@code reconcile.fluxcd.io/requestedAt} value of an object. */
  public static Optional<String> requestedAt(HasMetadata obj) {
    Map<String, String> annotations = obj.getMetadata().getAnnotations();
    return annotations == null
        ? Optional.empty()
        : Optional.ofNullable(annotations.get(FluxMetadata.REQUESTED_AT));
  }
}
