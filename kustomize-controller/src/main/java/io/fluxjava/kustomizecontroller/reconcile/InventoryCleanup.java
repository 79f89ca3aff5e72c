package io.fluxjava.kustomizecontroller.reconcile;

import io.fluxjava.api.Reasons;
import io.fluxjava.api.kustomize.Kustomization;
import io.fluxjava.apply.ChangeAction;
import io.fluxjava.apply.ChangeSet;
import io.fluxjava.apply.ChangeSetEntry;
import io.fluxjava.apply.Fabric8ClusterClient;
import io.fluxjava.apply.InventoryFinalizer;
import io.fluxjava.apply.cluster.TargetCluster;
import io.fluxjava.apply.cluster.TargetClusters;
import io.fluxjava.apply.inventory.InventoryEntry;
import io.fluxjava.kustomizecontroller.apply.ManifestApplier;
import io.fluxjava.runtime.ReconcileContext;
import io.fluxjava.runtime.events.EventSeverity;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What happens to a Kustomization's objects when it is deleted: its {@code deletionPolicy}
 * (MirrorPrune by default) decides; a suspended Kustomization, or one whose target cluster can no
 * longer be reached, leaves everything in place.
 */
public final class InventoryCleanup {

  private static final Logger LOG = LoggerFactory.getLogger(InventoryCleanup.class);

  private final TargetClusters clusters;

  public InventoryCleanup(TargetClusters clusters) {
    this.clusters = clusters;
  }

  /**
   * Deletes the inventory as the policy says; throws to make the runtime retry.
   *
   * @throws io.fluxjava.apply.Pruner.PruneException when some objects could not be deleted
   */
  public void cleanup(Kustomization kustomization, ReconcileContext ctx)
      throws InterruptedException {
    List<InventoryEntry> inventory =
        kustomization.getStatus() == null
            ? List.of()
            : InventoryEntry.listOf(kustomization.getStatus().getInventory());
    if (kustomization.suspended() || inventory.isEmpty()) {
      return;
    }
    TargetCluster target;
    try {
      target =
          clusters.clusterFor(
              kustomization.getMetadata().getNamespace(),
              kustomization.getSpec().getServiceAccountName(),
              kustomization.getSpec().getKubeConfig());
    } catch (TargetClusters.TargetClusterException e) {
      // as upstream: a cluster that can no longer be reached must not keep the object forever
      LOG.warn("skipping the deletion of the inventory: {}", e.getMessage());
      return;
    }
    try (target) {
      ChangeSet deleted =
          new InventoryFinalizer(new Fabric8ClusterClient(target.client()))
              .finalizeInventory(
                  inventory,
                  kustomization.getSpec().getDeletionPolicy(),
                  Boolean.TRUE.equals(kustomization.getSpec().getPrune()),
                  ManifestApplier.ownerLabels(kustomization),
                  Timeouts.of(kustomization.getSpec()));
      List<ChangeSetEntry> gone = deleted.withAction(ChangeAction.DELETED);
      if (!gone.isEmpty()) {
        ctx.events()
            .record(EventSeverity.INFO, Reasons.PROGRESSING, ChangeSet.lines(gone), Map.of());
      }
    }
  }
}
