package io.fluxjava.apply;

import io.fabric8.kubernetes.api.model.DeletionPropagation;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fluxjava.apply.inventory.InventoryEntry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Deletes objects that left the inventory (garbage collection).
 *
 * <p>Contract for callers: prune only after a build and an apply that both succeeded, with the
 * stale entries from {@link io.fluxjava.apply.inventory.InventoryDiff#stale}. After a failed build
 * or apply the old inventory is kept and nothing is pruned, or a broken commit would delete the
 * workloads it failed to render.
 */
public final class Pruner {

  private final ClusterClient cluster;

  public Pruner(ClusterClient cluster) {
    this.cluster = cluster;
  }

  /**
   * Deletes the objects in reverse apply order with background propagation. A live object is
   * deleted only when it carries every owner label with the owner's value and is not opted out
   * ({@code prune: Disabled}, {@code reconcile: disabled}, {@code ssa: Ignore}); otherwise it is
   * reported as skipped. Objects already gone count as deleted.
   *
   * @throws PruneException when some deletions failed; it holds the change set and those objects,
   *     which the caller keeps in the inventory so they are retried
   */
  public ChangeSet prune(List<InventoryEntry> stale, Map<String, String> ownerLabels) {
    return prune(stale, ownerLabels, DeletionPropagation.BACKGROUND);
  }

  /**
   * Like {@link #prune(List, Map)}, deleting with the given propagation (Helm's {@code
   * uninstall.deletionPropagation}: orphan leaves the dependents, foreground deletes them first).
   */
  public ChangeSet prune(
      List<InventoryEntry> stale,
      Map<String, String> ownerLabels,
      DeletionPropagation propagation) {
    List<InventoryEntry> ordered = new ArrayList<>(stale);
    ordered.sort(Comparator.comparing(InventoryEntry::id, KindOrder.APPLY_ORDER).reversed());
    ChangeSet changes = new ChangeSet();
    List<InventoryEntry> failed = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    for (InventoryEntry object : ordered) {
      try {
        changes.add(new ChangeSetEntry(object, delete(object, ownerLabels, propagation)));
      } catch (KubernetesClientException e) {
        changes.add(new ChangeSetEntry(object, ChangeAction.UNKNOWN));
        failed.add(object);
        errors.add(object.id().subject() + " delete failed: " + ApiErrors.message(e));
      }
    }
    if (!errors.isEmpty()) {
      throw new PruneException(
          "delete failed, errors: " + String.join("; ", errors), changes, failed);
    }
    return changes;
  }

  private ChangeAction delete(
      InventoryEntry object, Map<String, String> ownerLabels, DeletionPropagation propagation) {
    Optional<GenericKubernetesResource> live = cluster.get(object);
    if (live.isEmpty()) {
      return ChangeAction.DELETED;
    }
    if (!isOwnedBy(live.get(), ownerLabels) || ObjectPolicy.isPruneDisabled(live.get())) {
      return ChangeAction.SKIPPED;
    }
    cluster.delete(object, propagation);
    return ChangeAction.DELETED;
  }

  private static boolean isOwnedBy(
      GenericKubernetesResource live, Map<String, String> ownerLabels) {
    Map<String, String> labels = live.getMetadata().getLabels();
    return ownerLabels.entrySet().stream()
        .allMatch(owner -> labels != null && owner.getValue().equals(labels.get(owner.getKey())));
  }

  /** Some objects could not be deleted; the others were. */
  public static class PruneException extends RuntimeException {

    private final transient ChangeSet changes;
    private final transient List<InventoryEntry> failed;

    public PruneException(String message, ChangeSet changes, List<InventoryEntry> failed) {
      super(message);
      this.changes = changes;
      this.failed = List.copyOf(failed);
    }

    public ChangeSet changes() {
      return changes;
    }

    /** The objects still to delete: keep them in the inventory. */
    public List<InventoryEntry> failed() {
      return failed;
    }
  }
}
