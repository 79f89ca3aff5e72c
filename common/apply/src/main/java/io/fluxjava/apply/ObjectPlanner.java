package io.fluxjava.apply;

import io.fabric8.kubernetes.api.model.DeletionPropagation;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fluxjava.apply.inventory.InventoryEntry;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides, with a server-side dry-run, what applying one object would do: skip it, leave it
 * unchanged, or write it (created / configured). Before an apply it also recreates objects on
 * immutable-field errors when force applies, and hands fields of manual edits over to the engine's
 * field manager; a diff only reports.
 */
final class ObjectPlanner {

  /** Whether planning may prepare the cluster for the apply that follows. */
  enum Mode {
    /** Recreate on immutable-field errors, take over managed fields. */
    APPLY,
    /** Write nothing: pending takeovers count as drift, immutable-field errors fail. */
    DIFF
  }

  /** The decision for one object; {@code toApply} is empty when nothing must be written. */
  record Plan(ChangeSetEntry entry, Optional<GenericKubernetesResource> toApply) {}

  private final ClusterClient cluster;
  private final TerminationWaiter terminationWaiter;
  private final ApplyOptions options;
  private final ManagedFieldsTakeover takeover;
  private final Mode mode;
  private final IgnoredFields ignoredFields;

  ObjectPlanner(ClusterClient cluster, ApplyOptions options, Mode mode) {
    this(cluster, options, mode, IgnoredFields.none());
  }

  ObjectPlanner(
      ClusterClient cluster, ApplyOptions options, Mode mode, IgnoredFields ignoredFields) {
    this.cluster = cluster;
    this.terminationWaiter = new TerminationWaiter(cluster);
    this.options = options;
    this.takeover = new ManagedFieldsTakeover(options.fieldManager(), options.overrideManagers());
    this.mode = mode;
    this.ignoredFields = ignoredFields;
  }

  /**
   * @throws ApplyException when the dry-run is rejected, naming the object and the server's reason
   * @throws InterruptedException while waiting for a recreated object's deletion
   */
  Plan plan(GenericKubernetesResource desired) throws InterruptedException {
    InventoryEntry entry = InventoryEntry.of(desired);
    Optional<GenericKubernetesResource> live = getOrAssumeAbsent(entry);
    if (isSkipped(desired, live)) {
      return new Plan(new ChangeSetEntry(entry, ChangeAction.SKIPPED), Optional.empty());
    }
    GenericKubernetesResource dryRun;
    try {
      dryRun = cluster.dryRunApply(desired, options.fieldManager());
    } catch (KubernetesClientException error) {
      if (mode == Mode.DIFF || live.isEmpty() || !mayRecreate(desired, live.get(), error)) {
        throw dryRunFailed(entry, error);
      }
      recreate(entry);
      live = Optional.empty();
      dryRun = dryRunOrFail(desired, entry);
    }
    boolean cleanedUp = cleanUp(desired, live);
    if (!cleanedUp && !DriftDetector.hasDrifted(live, dryRun, ignoredFields.pointersFor(desired))) {
      return new Plan(new ChangeSetEntry(entry, ChangeAction.UNCHANGED), Optional.empty());
    }
    ChangeAction action = live.isEmpty() ? ChangeAction.CREATED : ChangeAction.CONFIGURED;
    return new Plan(new ChangeSetEntry(entry, action), Optional.of(desired));
  }

  // Like upstream, a failed read is treated as "absent": the dry-run that follows reports the
  // real problem (unknown kind, missing namespace, forbidden) with the object named.
  private Optional<GenericKubernetesResource> getOrAssumeAbsent(InventoryEntry entry) {
    try {
      return cluster.get(entry);
    } catch (KubernetesClientException error) {
      return Optional.empty();
    }
  }

  private static boolean isSkipped(
      GenericKubernetesResource desired, Optional<GenericKubernetesResource> live) {
    if (ObjectPolicy.isExcluded(desired) || live.map(ObjectPolicy::isExcluded).orElse(false)) {
      return true;
    }
    return live.isPresent() && ObjectPolicy.isIfNotPresent(desired);
  }

  private boolean mayRecreate(
      GenericKubernetesResource desired,
      GenericKubernetesResource live,
      KubernetesClientException error) {
    boolean forced =
        options.force()
            || ObjectPolicy.isForceEnabled(desired)
            || ObjectPolicy.isForceEnabled(live);
    return forced && ImmutableFieldErrors.isImmutable(error);
  }

  private void recreate(InventoryEntry entry) throws InterruptedException {
    try {
      cluster.delete(entry, DeletionPropagation.BACKGROUND);
    } catch (KubernetesClientException error) {
      throw new ApplyException(
          entry.id().subject()
              + " immutable field detected, failed to delete object: "
              + ApiErrors.message(error),
          new ChangeSet(),
          error);
    }
    try {
      terminationWaiter.waitForTermination(
          List.of(entry), options.waitInterval(), options.waitTimeout());
    } catch (TerminationWaiter.TerminationTimeoutException timeout) {
      throw new ApplyException(
          entry.id().subject()
              + " immutable field detected, failed to wait for object to be deleted: "
              + timeout.getMessage(),
          new ChangeSet(),
          timeout);
    }
  }

  private GenericKubernetesResource dryRunOrFail(
      GenericKubernetesResource desired, InventoryEntry entry) {
    try {
      return cluster.dryRunApply(desired, options.fieldManager());
    } catch (KubernetesClientException error) {
      throw dryRunFailed(entry, error);
    }
  }

  private boolean cleanUp(
      GenericKubernetesResource desired, Optional<GenericKubernetesResource> live) {
    if (live.isEmpty() || ObjectPolicy.isMerge(desired) || ObjectPolicy.isMerge(live.get())) {
      return false;
    }
    List<Map<String, Object>> patch = takeover.patchFor(live.get());
    if (patch.isEmpty() || mode == Mode.DIFF) {
      return !patch.isEmpty();
    }
    InventoryEntry entry = InventoryEntry.of(live.get());
    try {
      cluster.jsonPatch(entry, Unstructured.toJson(patch), options.fieldManager());
    } catch (KubernetesClientException error) {
      throw new ApplyException(
          entry.id().subject()
              + " metadata.managedFields cleanup failed: "
              + ApiErrors.message(error),
          new ChangeSet(),
          error);
    }
    return true;
  }

  private static ApplyException dryRunFailed(
      InventoryEntry entry, KubernetesClientException error) {
    return new ApplyException(DryRunMessages.of(entry.id(), error), new ChangeSet(), error);
  }
}
