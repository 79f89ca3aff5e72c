package io.fluxjava.kustomizecontroller.reconcile;

import io.fluxjava.api.kustomize.KustomizationReasons;
import io.fluxjava.apply.ChangeAction;
import io.fluxjava.apply.ChangeSet;
import io.fluxjava.apply.ChangeSetEntry;
import io.fluxjava.apply.Fabric8ClusterClient;
import io.fluxjava.apply.Pruner;
import io.fluxjava.apply.inventory.InventoryDiff;
import io.fluxjava.apply.inventory.InventoryEntry;
import io.fluxjava.kustomizecontroller.apply.ManifestApplier;
import io.fluxjava.runtime.ReconcileResult;
import io.fluxjava.runtime.events.EventSeverity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * With {@code spec.prune}, deletes the objects of the previous inventory that left the build;
 * deletions that fail stay in the inventory so that the next run retries them.
 */
final class PruneStep implements ReconcileStep {

  @Override
  public Optional<ReconcileResult> run(KustomizationRun run) {
    if (!Boolean.TRUE.equals(run.kustomization().getSpec().getPrune())) {
      return Optional.empty();
    }
    List<InventoryEntry> current = run.applied().toInventory();
    List<InventoryEntry> stale = InventoryDiff.stale(run.previousInventory(), current);
    if (stale.isEmpty()) {
      return Optional.empty();
    }
    Pruner pruner = new Pruner(new Fabric8ClusterClient(run.target()));
    try {
      report(run, pruner.prune(stale, ManifestApplier.ownerLabels(run.kustomization())));
      return Optional.empty();
    } catch (Pruner.PruneException e) {
      report(run, e.changes());
      List<InventoryEntry> kept = new ArrayList<>(current);
      kept.addAll(e.failed());
      run.status().setInventory(InventoryEntry.toInventory(kept));
      return Optional.of(
          ReconcileResult.failure(KustomizationReasons.PRUNE_FAILED, e.getMessage()));
    }
  }

  private static void report(KustomizationRun run, ChangeSet pruned) {
    List<ChangeSetEntry> deleted = pruned.withAction(ChangeAction.DELETED);
    if (!deleted.isEmpty()) {
      run.context()
          .events()
          .record(
              EventSeverity.INFO,
              ApplyStep.currentReadyReason(run),
              ChangeSet.lines(deleted),
              Map.of(EventKeys.REVISION, run.revision()));
    }
  }
}
