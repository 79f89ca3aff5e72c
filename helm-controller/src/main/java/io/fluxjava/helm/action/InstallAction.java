package io.fluxjava.helm.action;

import io.fluxjava.api.helm.CRDsPolicy;
import io.fluxjava.api.helm.Install;
import io.fluxjava.api.helm.ReleaseAction;
import io.fluxjava.helm.render.HookAnnotations;
import io.fluxjava.helm.storage.StoredRelease;
import java.util.Optional;

/** Installs the desired chart as a new release (or as the next revision of an uninstalled one). */
public final class InstallAction implements HelmAction {

  private final ReleaseTools tools;
  private final ReleaseDeployer deployer;
  private final DeployResults results;

  public InstallAction(ReleaseTools tools) {
    this.tools = tools;
    this.deployer = new ReleaseDeployer(tools);
    this.results = new DeployResults(tools, DeployKind.INSTALL);
  }

  @Override
  public ActionOutcome run(ReleaseRun run) throws InterruptedException {
    Install spec =
        Optional.ofNullable(run.release().getSpec().getInstall()).orElseGet(Install::new);
    if (Boolean.TRUE.equals(spec.getCreateNamespace())) {
      tools.applier().createNamespaceIfMissing(run.targetNamespace());
    }
    Optional<StoredRelease> previous =
        tools.storage().latest(run.storageNamespace(), run.releaseName());
    int version = previous.map(p -> p.version() + 1).orElse(1);
    StoredRelease pending =
        ReleaseRecords.pending(
            run,
            version,
            Optional.empty(),
            StoredRelease.PENDING_INSTALL,
            "Initial install underway",
            tools.clock());
    tools.storage().save(run.storageNamespace(), pending);
    run.status().setLastAttemptedReleaseAction(ReleaseAction.INSTALL);
    ReleaseDeployer.Plan plan =
        new ReleaseDeployer.Plan(
            HookAnnotations.PRE_INSTALL,
            HookAnnotations.POST_INSTALL,
            crdPolicy(spec),
            false,
            Boolean.TRUE.equals(spec.getDisableHooks()),
            Boolean.TRUE.equals(spec.getDisableWait()),
            run.timeout(spec.getTimeout()),
            null);
    try {
      return results.succeeded(run, pending, deployer.deploy(run, pending, plan));
    } catch (ReleaseDeployer.DeployFailedException e) {
      return results.failed(run, pending, e);
    }
  }

  private static CRDsPolicy crdPolicy(Install spec) {
    if (spec.getCrds() != null) {
      return spec.getCrds();
    }
    return Boolean.TRUE.equals(spec.getSkipCRDs()) ? CRDsPolicy.SKIP : CRDsPolicy.CREATE;
  }
}
