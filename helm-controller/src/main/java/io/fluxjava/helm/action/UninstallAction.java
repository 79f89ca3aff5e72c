package io.fluxjava.helm.action;

import io.fabric8.kubernetes.api.model.DeletionPropagation;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fluxjava.api.helm.HelmReleaseConditionTypes;
import io.fluxjava.api.helm.HelmReleaseReasons;
import io.fluxjava.api.helm.Uninstall;
import io.fluxjava.apply.Pruner;
import io.fluxjava.helm.render.HookAnnotations;
import io.fluxjava.helm.storage.StoredRelease;
import java.util.List;
import java.util.Optional;

/**
 * Uninstalls the release: delete hooks around the deletion of its objects, then the release Secrets
 * are deleted, or with {@code keepHistory} the latest is marked uninstalled. As a remediation it
 * reports on the Remediated condition.
 */
public final class UninstallAction implements HelmAction {

  private final ReleaseTools tools;
  private final boolean remediation;

  /** {@code remediation}: whether this uninstall remediates a failed install or upgrade. */
  public UninstallAction(ReleaseTools tools, boolean remediation) {
    this.tools = tools;
    this.remediation = remediation;
  }

  @Override
  public ActionOutcome run(ReleaseRun run) throws InterruptedException {
    Uninstall spec =
        Optional.ofNullable(run.release().getSpec().getUninstall()).orElseGet(Uninstall::new);
    List<StoredRelease> history =
        tools.storage().history(run.storageNamespace(), run.releaseName());
    if (history.isEmpty()) {
      return ActionOutcome.success(
          HelmReleaseReasons.UNINSTALL_SUCCEEDED, "no release to uninstall");
    }
    StoredRelease current = history.get(0);
    String reference = run.describe(current);
    try {
      boolean hooks = !Boolean.TRUE.equals(spec.getDisableHooks());
      List<StoredRelease.Hook> ran = current.hooks();
      if (hooks) {
        ran =
            tools.hooks().run(run, ran, HookAnnotations.PRE_DELETE, run.timeout(spec.getTimeout()));
      }
      tools.applier().deleteAll(run, current.manifest(), propagation(spec));
      if (hooks) {
        ran =
            tools
                .hooks()
                .run(run, ran, HookAnnotations.POST_DELETE, run.timeout(spec.getTimeout()));
      }
      if (Boolean.TRUE.equals(spec.getKeepHistory())) {
        tools
            .storage()
            .save(
                run.storageNamespace(),
                current
                    .withHooks(ran)
                    .withDeleted(
                        tools.clock().instant().toString(),
                        StoredRelease.UNINSTALLED,
                        "Uninstallation complete"));
      } else {
        history.forEach(r -> tools.storage().delete(run.storageNamespace(), r));
      }
    } catch (HookFailedException | Pruner.PruneException | KubernetesClientException e) {
      String message = "Helm uninstall failed for release " + reference + ": " + e.getMessage();
      FailureCounters.countFailure(run.status());
      if (remediation) {
        run.conditions()
            .markFalse(
                HelmReleaseConditionTypes.REMEDIATED, HelmReleaseReasons.UNINSTALL_FAILED, message);
      }
      return ActionOutcome.failure(HelmReleaseReasons.UNINSTALL_FAILED, message);
    }
    String message = "Helm uninstall succeeded for release " + reference;
    if (remediation) {
      run.conditions()
          .markTrue(
              HelmReleaseConditionTypes.REMEDIATED,
              HelmReleaseReasons.UNINSTALL_SUCCEEDED,
              message);
    }
    run.status().setInventory(null);
    return ActionOutcome.success(HelmReleaseReasons.UNINSTALL_SUCCEEDED, message);
  }

  /** {@code uninstall.deletionPropagation}, background when unset, as upstream. */
  private static DeletionPropagation propagation(Uninstall spec) {
    if (spec.getDeletionPropagation() == null) {
      return DeletionPropagation.BACKGROUND;
    }
    return switch (spec.getDeletionPropagation()) {
      case BACKGROUND -> DeletionPropagation.BACKGROUND;
      case FOREGROUND -> DeletionPropagation.FOREGROUND;
      case ORPHAN -> DeletionPropagation.ORPHAN;
    };
  }
}
