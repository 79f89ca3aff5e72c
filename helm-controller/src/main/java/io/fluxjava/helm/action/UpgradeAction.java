package io.fluxjava.helm.action;

import io.fluxjava.api.helm.CRDsPolicy;
import io.fluxjava.api.helm.ReleaseAction;
import io.fluxjava.api.helm.Upgrade;
import io.fluxjava.helm.render.HookAnnotations;
import io.fluxjava.helm.storage.StoredRelease;
import java.util.Optional;

/**
 * Upgrades the release to the desired chart and values as a new revision; the objects the old
 * revision had and the new one does not are deleted, and on success older revisions are superseded.
 */
public final class UpgradeAction implements HelmAction {

  private final ReleaseTools tools;
  private final ReleaseDeployer deployer;
  private final DeployResults results;

  public UpgradeAction(ReleaseTools tools) {
    this.tools = tools;
    this.deployer = new ReleaseDeployer(tools);
    this.results = new DeployResults(tools, DeployKind.UPGRADE);
  }

  @Override
  public ActionOutcome run(ReleaseRun run) throws InterruptedException {
    Upgrade spec =
        Optional.ofNullable(run.release().getSpec().getUpgrade()).orElseGet(Upgrade::new);
    StoredRelease current =
        tools
            .storage()
            .latest(run.storageNamespace(), run.releaseName())
            .orElseThrow(() -> new IllegalStateException("no release to upgrade"));
    int version = current.version() + 1;
    StoredRelease pending =
        ReleaseRecords.pending(
            run,
            version,
            Optional.of(current),
            StoredRelease.PENDING_UPGRADE,
            "Preparing upgrade",
            tools.clock());
    tools.storage().save(run.storageNamespace(), pending);
    run.status().setLastAttemptedReleaseAction(ReleaseAction.UPGRADE);
    ReleaseDeployer.Plan plan =
        new ReleaseDeployer.Plan(
            HookAnnotations.PRE_UPGRADE,
            HookAnnotations.POST_UPGRADE,
            spec.getCrds() == null ? CRDsPolicy.SKIP : spec.getCrds(),
            Boolean.TRUE.equals(spec.getForce()),
            Boolean.TRUE.equals(spec.getDisableHooks()),
            Boolean.TRUE.equals(spec.getDisableWait()),
            run.timeout(spec.getTimeout()),
            current.manifest());
    try {
      ReleaseDeployer.Deployed deployed = deployer.deploy(run, pending, plan);
      Supersede.older(tools, run, version);
      return results.succeeded(run, pending, deployed);
    } catch (ReleaseDeployer.DeployFailedException e) {
      ActionOutcome failed = results.failed(run, pending, e);
      if (Boolean.TRUE.equals(spec.getCleanupOnFail())) {
        tools.applier().deleteCreated(run, e.applied());
      }
      return failed;
    }
  }
}
