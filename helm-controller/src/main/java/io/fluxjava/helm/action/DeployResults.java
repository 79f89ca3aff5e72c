package io.fluxjava.helm.action;

import io.fluxjava.api.helm.HelmReleaseConditionTypes;
import io.fluxjava.apply.inventory.InventoryEntry;
import io.fluxjava.helm.storage.StoredRelease;

/**
 * Records how an install or upgrade ended, the same way for both: the revision's final status in
 * the release storage, the inventory, the observed render settings, the Released condition and the
 * failure counters.
 */
final class DeployResults {

  private final ReleaseTools tools;
  private final DeployKind kind;

  DeployResults(ReleaseTools tools, DeployKind kind) {
    this.tools = tools;
    this.kind = kind;
  }

  /** The revision is deployed; older revisions must have been superseded already. */
  ActionOutcome succeeded(
      ReleaseRun run, StoredRelease pending, ReleaseDeployer.Deployed deployed) {
    tools
        .storage()
        .save(
            run.storageNamespace(),
            pending
                .withHooks(deployed.hooks())
                .withStatus(StoredRelease.DEPLOYED, kind.completeDescription()));
    run.status().setInventory(InventoryEntry.toInventory(deployed.applied().toInventory()));
    RenderSettings.observe(run);
    String message =
        "Helm "
            + kind.verb()
            + " succeeded for release "
            + run.releaseReference(pending.version())
            + " with chart "
            + run.chartReference();
    run.conditions().markTrue(HelmReleaseConditionTypes.RELEASED, kind.succeededReason(), message);
    run.conditions().delete(HelmReleaseConditionTypes.REMEDIATED);
    return ActionOutcome.success(kind.succeededReason(), message);
  }

  /** The revision failed: stored as failed with the hook runs so far, counted against retries. */
  ActionOutcome failed(
      ReleaseRun run, StoredRelease pending, ReleaseDeployer.DeployFailedException error) {
    tools
        .storage()
        .save(
            run.storageNamespace(),
            pending
                .withHooks(error.hooks())
                .withStatus(
                    StoredRelease.FAILED,
                    ReleaseRecords.failedDescription(run, error.getMessage())));
    kind.countFailure(run.status());
    String message =
        "Helm "
            + kind.verb()
            + " failed for release "
            + run.targetNamespace()
            + "/"
            + run.releaseName()
            + " with chart "
            + run.chartReference()
            + ": "
            + error.getMessage();
    run.conditions().markFalse(HelmReleaseConditionTypes.RELEASED, kind.failedReason(), message);
    return ActionOutcome.failure(kind.failedReason(), message);
  }
}
