package io.fluxjava.api.kustomize;

/** Labels, annotations and their values that steer how kustomize-controller applies objects. */
public final class KustomizeMetadata {

  /** Ownership label: name of the Kustomization that applied the object (also the prune key). */
  public static final String NAME_LABEL = "kustomize.toolkit.fluxcd.io/name";

  /** Ownership label: namespace of the Kustomization that applied the object. */
  public static final String NAMESPACE_LABEL = "kustomize.toolkit.fluxcd.io/namespace";

  /**
   * Apply policy: Override (default), Merge, IfNotPresent or Ignore; compared case-insensitively.
   */
  public static final String SSA = "kustomize.toolkit.fluxcd.io/ssa";

  public static final String SSA_OVERRIDE = "Override";
  public static final String SSA_MERGE = "Merge";
  public static final String SSA_IF_NOT_PRESENT = "IfNotPresent";
  public static final String SSA_IGNORE = "Ignore";

  /** {@link #ENABLED} recreates the object on immutable-field errors. */
  public static final String FORCE = "kustomize.toolkit.fluxcd.io/force";

  /** {@link #DISABLED} keeps the object from being garbage-collected. */
  public static final String PRUNE = "kustomize.toolkit.fluxcd.io/prune";

  /** Legacy: {@code disabled} skips apply and prune. */
  public static final String RECONCILE = "kustomize.toolkit.fluxcd.io/reconcile";

  /** Exactly {@code disabled} skips post-build substitution for the object. */
  public static final String SUBSTITUTE = "kustomize.toolkit.fluxcd.io/substitute";

  /** {@link #DISABLED} (case-insensitive) skips SOPS decryption for the object. */
  public static final String DECRYPT = "kustomize.toolkit.fluxcd.io/decrypt";

  /** Legacy checksum annotation removed on apply. */
  public static final String CHECKSUM = "kustomize.toolkit.fluxcd.io/checksum";

  /** kubectl's client-side apply annotation, removed on apply. */
  public static final String LAST_APPLIED_CONFIGURATION =
      "kubectl.kubernetes.io/last-applied-configuration";

  /** Flux v1 annotation removed on apply. */
  public static final String LEGACY_SYNC_CHECKSUM = "fluxcd.io/sync-checksum";

  /** Flux v1 label removed on apply. */
  public static final String LEGACY_SYNC_GC_MARK = "fluxcd.io/sync-gc-mark";

  public static final String ENABLED = "Enabled";
  public static final String DISABLED = "Disabled";
  public static final String DISABLED_LOWER_CASE = "disabled";

  /** Field manager of server-side apply. */
  public static final String FIELD_MANAGER = "kustomize-controller";

  /** Field manager of the controller's status patches. */
  public static final String STATUS_FIELD_MANAGER = "gotk-kustomize-controller";

  /** Field manager whose fields kustomize-controller leaves alone (users' manual edits). */
  public static final String CLIENT_SIDE_APPLY_MANAGER = "flux-client-side-apply";

  private KustomizeMetadata() {}
}
