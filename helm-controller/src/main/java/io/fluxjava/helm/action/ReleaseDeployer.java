package io.fluxjava.helm.action;

import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fluxjava.api.helm.CRDsPolicy;
import io.fluxjava.apply.ApplyException;
import io.fluxjava.apply.ChangeSet;
import io.fluxjava.apply.Pruner;
import io.fluxjava.apply.health.HealthCheckException;
import io.fluxjava.helm.render.ManifestParser;
import io.fluxjava.helm.storage.StoredRelease;
import java.time.Duration;
import java.util.List;

/**
 * The part install, upgrade and rollback share: pre hooks, apply (CRDs first), prune what the
 * previous revision had, wait, post hooks.
 */
final class ReleaseDeployer {

  /** How to deploy one revision. */
  record Plan(
      String preEvent,
      String postEvent,
      CRDsPolicy crds,
      boolean force,
      boolean disableHooks,
      boolean disableWait,
      Duration timeout,
      String previousManifest) {}

  /** The deployed revision's hooks (with their runs) and what the apply did. */
  record Deployed(List<StoredRelease.Hook> hooks, ChangeSet applied) {}

  /** A deployment that failed; the hooks carry the runs so far, applied what was sent. */
  static final class DeployFailedException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<StoredRelease.Hook> hooks;
    private final transient ChangeSet applied;

    DeployFailedException(
        String message, List<StoredRelease.Hook> hooks, ChangeSet applied, Throwable cause) {
      super(message, cause);
      this.hooks = hooks;
      this.applied = applied;
    }

    List<StoredRelease.Hook> hooks() {
      return hooks;
    }

    /** The objects applied before the failure (empty when it came before the apply). */
    ChangeSet applied() {
      return applied;
    }
  }

  private final ReleaseTools tools;

  ReleaseDeployer(ReleaseTools tools) {
    this.tools = tools;
  }

  Deployed deploy(ReleaseRun run, StoredRelease revision, Plan plan)
      throws InterruptedException, DeployFailedException {
    List<StoredRelease.Hook> hooks = revision.hooks();
    ChangeSet applied = new ChangeSet();
    try {
      if (!plan.disableHooks()) {
        hooks = tools.hooks().run(run, hooks, plan.preEvent(), plan.timeout());
      }
      applied =
          tools
              .applier()
              .apply(run, ManifestParser.parse(revision.manifest()), plan.crds(), plan.force());
      if (plan.previousManifest() != null) {
        tools.applier().deleteStale(run, plan.previousManifest(), applied);
      }
      if (!plan.disableWait()) {
        tools.applier().waitReady(applied, plan.timeout());
      }
      if (!plan.disableHooks()) {
        hooks = tools.hooks().run(run, hooks, plan.postEvent(), plan.timeout());
      }
      return new Deployed(hooks, applied);
    } catch (HookFailedException e) {
      throw new DeployFailedException(e.getMessage(), e.hooks(), applied, e);
    } catch (ApplyException e) {
      throw new DeployFailedException(e.getMessage(), hooks, e.applied(), e);
    } catch (HealthCheckException | Pruner.PruneException | KubernetesClientException e) {
      throw new DeployFailedException(e.getMessage(), hooks, applied, e);
    }
  }
}
