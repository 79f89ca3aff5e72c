package io.fluxjava.kustomizecontroller.reconcile;

import io.fluxjava.api.ConditionTypes;
import io.fluxjava.api.kustomize.Kustomization;
import io.fluxjava.api.kustomize.KustomizationReasons;
import io.fluxjava.apply.ApplyException;
import io.fluxjava.apply.ChangeAction;
import io.fluxjava.apply.ChangeSet;
import io.fluxjava.apply.ChangeSetEntry;
import io.fluxjava.apply.cluster.TargetClusters;
import io.fluxjava.apply.inventory.InventoryEntry;
import io.fluxjava.kustomizecontroller.apply.ManifestApplier;
import io.fluxjava.kustomizecontroller.sops.SopsException;
import io.fluxjava.runtime.ReconcileResult;
import io.fluxjava.runtime.events.EventSeverity;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Applies the built manifests to the target cluster and, only when every object was accepted,
 * records them as the new inventory; a rejected object keeps the previous inventory.
 */
final class ApplyStep implements ReconcileStep {

  private final TargetClusters clusters;
  private final ManifestApplier applier;

  ApplyStep(TargetClusters clusters, ManifestApplier applier) {
    this.clusters = clusters;
    this.applier = applier;
  }

  @Override
  public Optional<ReconcileResult> run(KustomizationRun run) throws InterruptedException {
    Progress.mark(run, "Detecting drift");
    ChangeSet changes;
    try {
      Kustomization kustomization = run.kustomization();
      run.target(
          clusters.clusterFor(
              kustomization.getMetadata().getNamespace(),
              kustomization.getSpec().getServiceAccountName(),
              kustomization.getSpec().getKubeConfig()));
      changes = applier.apply(run.kustomization(), run.build().objects(), run.target());
    } catch (ApplyException | SopsException | TargetClusters.TargetClusterException e) {
      return Optional.of(
          ReconcileResult.failure(KustomizationReasons.RECONCILIATION_FAILED, e.getMessage()));
    }
    run.applied(changes);
    List<ChangeSetEntry> written =
        changes.withAction(ChangeAction.CREATED, ChangeAction.CONFIGURED);
    if (!written.isEmpty()) {
      run.context()
          .events()
          .record(
              EventSeverity.INFO,
              currentReadyReason(run),
              ChangeSet.lines(written),
              Map.of(EventKeys.REVISION, run.revision()));
    }
    List<InventoryEntry> inventory = changes.toInventory();
    run.status().setInventory(InventoryEntry.toInventory(inventory));
    return Optional.empty();
  }

  /** Upstream names events after the Ready reason of the moment. */
  static String currentReadyReason(KustomizationRun run) {
    return run.conditions()
        .get(ConditionTypes.READY)
        .map(c -> c.getReason())
        .orElse(EventSeverity.INFO.name().toLowerCase(Locale.ROOT));
  }
}
