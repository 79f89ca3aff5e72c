package io.fluxjava.api;

/** Annotation, label and finalizer keys that apply to every Flux kind. */
public final class FluxMetadata {

  /** Finalizer every reconciled kind carries until its clean-up is done. */
  public static final String FINALIZER = "finalizers.fluxcd.io";

  /** Annotation whose new value asks for a reconcile now; copied to lastHandledReconcileAt. */
  public static final String REQUESTED_AT = "reconcile.fluxcd.io/requestedAt";

  /** HelmRelease annotation asking for a one-off forced install or upgrade. */
  public static final String FORCE_AT = "reconcile.fluxcd.io/forceAt";

  /** HelmRelease annotation asking to reset the failure counters. */
  public static final String RESET_AT = "reconcile.fluxcd.io/resetAt";

  /** Label on Secrets and ConfigMaps whose changes trigger reconciles of their referrers. */
  public static final String WATCH = "reconcile.fluxcd.io/watch";

  /** Value of {@link #WATCH} that enables watching. */
  public static final String WATCH_ENABLED = "Enabled";

  /** Prefix of annotations copied into the metadata of every event about the object. */
  public static final String EVENT_PREFIX = "event.toolkit.fluxcd.io/";

  /** Label conventionally used with --watch-label-selector to shard controllers. */
  public static final String SHARDING_KEY = "sharding.fluxcd.io/key";

  private FluxMetadata() {}
}
