package io.fluxjava.helm.action;

import io.fluxjava.api.helm.CRDsPolicy;
import io.fluxjava.api.helm.HelmReleaseConditionTypes;
import io.fluxjava.api.helm.HelmReleaseReasons;
import io.fluxjava.api.helm.Rollback;
import io.fluxjava.apply.inventory.InventoryEntry;
import io.fluxjava.helm.render.HookAnnotations;
import io.fluxjava.helm.storage.StoredRelease;
import java.util.List;
import java.util.Optional;

/**
 * Remediates a failed upgrade by rolling back to the newest earlier revision that was deployed: a
 * new revision with that chart, values and manifest.
 */
public final class RollbackAction implements HelmAction {

  private final ReleaseTools tools;
  private final ReleaseDeployer deployer;

  public RollbackAction(ReleaseTools tools) {
    this.tools = tools;
    this.deployer = new ReleaseDeployer(tools);
  }

  /** The revision a rollback would return to, if any. */
  public static Optional<StoredRelease> target(List<StoredRelease> history) {
    if (history.isEmpty()) {
      return Optional.empty();
    }
    int latest = history.get(0).version();
    return history.stream()
        .filter(r -> r.version() < latest)
        .filter(
            r ->
                StoredRelease.DEPLOYED.equals(r.status())
                    || StoredRelease.SUPERSEDED.equals(r.status()))
        .findFirst();
  }

  @Override
  public ActionOutcome run(ReleaseRun run) throws InterruptedException {
    Rollback spec =
        Optional.ofNullable(run.release().getSpec().getRollback()).orElseGet(Rollback::new);
    List<StoredRelease> history =
        tools.storage().history(run.storageNamespace(), run.releaseName());
    StoredRelease current = history.get(0);
    StoredRelease target =
        target(history).orElseThrow(() -> new IllegalStateException("no rollback target"));
    int version = current.version() + 1;
    String now = tools.clock().instant().toString();
    StoredRelease pending =
        new StoredRelease(
            target.name(),
            new StoredRelease.Info(
                target.info().firstDeployed(),
                now,
                "",
                "Rollback to " + target.version(),
                StoredRelease.PENDING_ROLLBACK,
                ""),
            target.chart(),
            target.config(),
            target.manifest(),
            target.hooks(),
            version,
            target.namespace());
    tools.storage().save(run.storageNamespace(), pending);
    String targetReference = run.describe(target);
    ReleaseDeployer.Plan plan =
        new ReleaseDeployer.Plan(
            HookAnnotations.PRE_ROLLBACK,
            HookAnnotations.POST_ROLLBACK,
            CRDsPolicy.SKIP,
            Boolean.TRUE.equals(spec.getForce()),
            Boolean.TRUE.equals(spec.getDisableHooks()),
            Boolean.TRUE.equals(spec.getDisableWait()),
            run.timeout(spec.getTimeout()),
            current.manifest());
    try {
      ReleaseDeployer.Deployed deployed = deployer.deploy(run, pending, plan);
      Supersede.older(tools, run, version);
      tools
          .storage()
          .save(
              run.storageNamespace(),
              pending
                  .withHooks(deployed.hooks())
                  .withStatus(StoredRelease.DEPLOYED, "Rollback to " + target.version()));
      run.status().setInventory(InventoryEntry.toInventory(deployed.applied().toInventory()));
      String message = "Helm rollback to previous release " + targetReference + " succeeded";
      run.conditions()
          .markTrue(
              HelmReleaseConditionTypes.REMEDIATED, HelmReleaseReasons.ROLLBACK_SUCCEEDED, message);
      return ActionOutcome.success(HelmReleaseReasons.ROLLBACK_SUCCEEDED, message);
    } catch (ReleaseDeployer.DeployFailedException e) {
      tools
          .storage()
          .save(
              run.storageNamespace(),
              pending
                  .withHooks(e.hooks())
                  .withStatus(
                      StoredRelease.FAILED, ReleaseRecords.failedDescription(run, e.getMessage())));
      FailureCounters.countFailure(run.status());
      String message =
          "Helm rollback to previous release " + targetReference + " failed: " + e.getMessage();
      run.conditions()
          .markFalse(
              HelmReleaseConditionTypes.REMEDIATED, HelmReleaseReasons.ROLLBACK_FAILED, message);
      return ActionOutcome.failure(HelmReleaseReasons.ROLLBACK_FAILED, message);
    }
  }
}
