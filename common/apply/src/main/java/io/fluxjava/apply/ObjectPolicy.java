package io.fluxjava.apply;

import static io.fluxjava.api.kustomize.KustomizeMetadata.DISABLED;
import static io.fluxjava.api.kustomize.KustomizeMetadata.ENABLED;
import static io.fluxjava.api.kustomize.KustomizeMetadata.FORCE;
import static io.fluxjava.api.kustomize.KustomizeMetadata.PRUNE;
import static io.fluxjava.api.kustomize.KustomizeMetadata.RECONCILE;
import static io.fluxjava.api.kustomize.KustomizeMetadata.SSA;
import static io.fluxjava.api.kustomize.KustomizeMetadata.SSA_IF_NOT_PRESENT;
import static io.fluxjava.api.kustomize.KustomizeMetadata.SSA_IGNORE;
import static io.fluxjava.api.kustomize.KustomizeMetadata.SSA_MERGE;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.Map;

/**
 * Reads the per-object opt-outs users put on manifests or live objects as a label or an annotation
 * (values compared case-insensitively, as upstream does). Keys and values are {@link
 * io.fluxjava.api.kustomize.KustomizeMetadata}'s.
 */
public final class ObjectPolicy {

  private ObjectPolicy() {}

  /** The object must be neither applied nor pruned ({@code reconcile: disabled}, ssa Ignore). */
  public static boolean isExcluded(HasMetadata object) {
    return has(object, RECONCILE, DISABLED) || has(object, SSA, SSA_IGNORE);
  }

  /** The object is applied only when it does not exist yet ({@code ssa: IfNotPresent}). */
  public static boolean isIfNotPresent(HasMetadata object) {
    return has(object, SSA, SSA_IF_NOT_PRESENT);
  }

  /** Fields of other managers are kept: no managed-fields cleanup ({@code ssa: Merge}). */
  public static boolean isMerge(HasMetadata object) {
    return has(object, SSA, SSA_MERGE);
  }

  /** The object may be recreated on immutable-field errors ({@code force: Enabled}). */
  public static boolean isForceEnabled(HasMetadata object) {
    return has(object, FORCE, ENABLED);
  }

  /** The object must not be deleted by prune. */
  public static boolean isPruneDisabled(HasMetadata object) {
    return has(object, PRUNE, DISABLED) || isExcluded(object);
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
