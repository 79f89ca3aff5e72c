package io.fluxjava.apply;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.Map;

/**
 * Reads the per-object opt-outs users put on manifests or live objects as a label or an annotation
 * (values compared case-insensitively, as upstream does).
 */
public final class ObjectPolicy {

  /** {@code Override} (default), {@code Merge}, {@code IfNotPresent} or {@code Ignore}. */
  public static final String SSA_KEY = "kustomize.toolkit.fluxcd.io/ssa";

  /** {@code Enabled}: recreate the object when an immutable field changes. */
  public static final String FORCE_KEY = "kustomize.toolkit.fluxcd.io/force";

  /** {@code Disabled}: never garbage-collect the object. */
  public static final String PRUNE_KEY = "kustomize.toolkit.fluxcd.io/prune";

  /** {@code disabled}: legacy opt-out of both apply and prune. */
  public static final String RECONCILE_KEY = "kustomize.toolkit.fluxcd.io/reconcile";

  public static final String SSA_MERGE = "Merge";
  public static final String SSA_IF_NOT_PRESENT = "IfNotPresent";
  public static final String SSA_IGNORE = "Ignore";
  public static final String ENABLED = "Enabled";
  public static final String DISABLED = "Disabled";

  private ObjectPolicy() {}

  /** The object must be neither applied nor pruned ({@code reconcile: disabled}, ssa Ignore). */
  public static boolean isExcluded(HasMetadata object) {
    return has(object, RECONCILE_KEY, DISABLED) || has(object, SSA_KEY, SSA_IGNORE);
  }

  /** The object is applied only when it does not exist yet ({@code ssa: IfNotPresent}). */
  public static boolean isIfNotPresent(HasMetadata object) {
    return has(object, SSA_KEY, SSA_IF_NOT_PRESENT);
  }

  /** Fields of other managers are kept: no managed-fields cleanup ({@code ssa: Merge}). */
  public static boolean isMerge(HasMetadata object) {
    return has(object, SSA_KEY, SSA_MERGE);
  }

  /** The object may be recreated on immutable-field errors ({@code force: Enabled}). */
  public static boolean isForceEnabled(HasMetadata object) {
    return has(object, FORCE_KEY, ENABLED);
  }

  /** The object must not be deleted by prune. */
  public static boolean isPruneDisabled(HasMetadata object) {
    return has(object, PRUNE_KEY, DISABLED) || isExcluded(object);
  }

  /** True when a label or an annotation {@code key} has {@code value}, ignoring case. */
  public static boolean has(HasMetadata object, String key, String value) {
    return matches(object.getMetadata().getLabels(), key, value)
        || matches(object.getMetadata().getAnnotations(), key, value);
  }

  private static boolean matches(Map<String, String> metadata, String key, String value) {
    return metadata != null && value.equalsIgnoreCase(metadata.get(key));
  }
}
