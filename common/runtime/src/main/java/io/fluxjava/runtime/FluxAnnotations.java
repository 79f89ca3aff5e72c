package io.fluxjava.runtime;

import io.fluxjava.api.FluxMetadata;

/**
 * The metadata keys the runtime acts on, gathered for reconciler authors; the values are flux-api's
 * ({@link FluxMetadata}).
 */
public final class FluxAnnotations {

  /** Changing its value asks for a reconcile now ({@code flux reconcile}). */
  public static final String REQUESTED_AT = FluxMetadata.REQUESTED_AT;

  /** Annotations with this prefix are copied into the metadata of every event. */
  public static final String EVENT_PREFIX = FluxMetadata.EVENT_PREFIX;

  /** The finalizer every Flux controller puts on the objects it reconciles. */
  public static final String FINALIZER = FluxMetadata.FINALIZER;

  private FluxAnnotations() {}
}
