package io.fluxjava.runtime;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.Map;
import java.util.Optional;

/** Annotation keys and the finalizer the runtime acts on. */
public final class FluxAnnotations {

  /** Changing its value asks for a reconcile now ({@code flux reconcile}). */
  public static final String REQUESTED_AT = "reconcile.fluxcd.io/requestedAt";

  /** Annotations with this prefix are copied into the metadata of every event. */
  public static final String EVENT_PREFIX = "event.toolkit.fluxcd.io/";

  /** The finalizer every Flux controller puts on the objects it reconciles. */
  public static final String FINALIZER = "finalizers.fluxcd.io";

  private FluxAnnotations() {}

  /** The current {@link #REQUESTED_AT} value of an object. */
  public static Optional<String> requestedAt(HasMetadata obj) {
    Map<String, String> annotations = obj.getMetadata().getAnnotations();
    return annotations == null
        ? Optional.empty()
        : Optional.ofNullable(annotations.get(REQUESTED_AT));
  }
}
