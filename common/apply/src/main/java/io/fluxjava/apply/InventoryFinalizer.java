package io.fluxjava.apply;

import io.fluxjava.api.kustomize.DeletionPolicy;
import io.fluxjava.apply.inventory.InventoryEntry;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Deletes an owner's inventory when the owner itself is deleted, as its deletion policy says. */
public final class InventoryFinalizer {

  private static final Duration TERMINATION_POLL = Duration.ofSeconds(2);

  private final Pruner pruner;
  private final TerminationWaiter terminationWaiter;

  public InventoryFinalizer(ClusterClient cluster) {
    this.pruner = new Pruner(cluster);
    this.terminationWaiter = new TerminationWaiter(cluster);
  }

  /**
   * True when the policy deletes the objects: MirrorPrune (also for a null policy, the default)
   * only with {@code spec.prune}, Delete and WaitForTermination always, Orphan never.
   */
  public static boolean deletesObjects(DeletionPolicy policy, boolean prune) {
    if (policy == null) {
      return prune;
    }
    return switch (policy) {
      case MIRROR_PRUNE -> prune;
      case DELETE, WAIT_FOR_TERMINATION -> true;
      case ORPHAN -> false;
    };
  }

  /**
   * Applies the deletion policy to the inventory; returns what was deleted (empty for Orphan, or
   * for MirrorPrune without prune). WaitForTermination also waits until the deleted objects are
   * gone, finalizers included.
   *
   * @throws Pruner.PruneException when some objects could not be deleted
   * @throws TerminationWaiter.TerminationTimeoutException when WaitForTermination runs out of time
   * @throws InterruptedException when interrupted while waiting for termination
   */
  public ChangeSet finalizeInventory(
      List<InventoryEntry> inventory,
      DeletionPolicy policy,
      boolean prune,
      Map<String, String> ownerLabels,
      Duration timeout)
      throws InterruptedException {
    if (inventory.isEmpty() || !deletesObjects(policy, prune)) {
      return new ChangeSet();
    }
    ChangeSet deleted = pruner.prune(inventory, ownerLabels);
    if (policy == DeletionPolicy.WAIT_FOR_TERMINATION) {
      List<InventoryEntry> gone =
          deleted.withAction(ChangeAction.DELETED).stream().map(ChangeSetEntry::object).toList();
      terminationWaiter.waitForTermination(gone, TERMINATION_POLL, timeout);
    }
    return deleted;
  }
}
