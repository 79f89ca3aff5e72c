package io.fluxjava.helm.action;

import io.fluxjava.api.helm.HelmReleaseConditionTypes;
import io.fluxjava.api.helm.HelmReleaseReasons;
import io.fluxjava.helm.storage.StoredRelease;

/**
 * Frees a release left in a {@code pending-*} state (the controller stopped mid-operation) by
 * marking that revision failed, so that remediation or a new attempt can follow.
 */
public final class UnlockAction implements HelmAction {

  private final ReleaseTools tools;

  public UnlockAction(ReleaseTools tools) {
    this.tools = tools;
  }

  @Override
  public ActionOutcome run(ReleaseRun run) {
    StoredRelease current =
        tools
            .storage()
            .latest(run.storageNamespace(), run.releaseName())
            .orElseThrow(() -> new IllegalStateException("no release to unlock"));
    String stale = current.status();
    tools
        .storage()
        .save(
            run.storageNamespace(),
            current.withStatus(
                StoredRelease.FAILED, "Release unlocked from stale '" + stale + "' state"));
    String reason =
        StoredRelease.PENDING_INSTALL.equals(stale)
            ? HelmReleaseReasons.INSTALL_FAILED
            : HelmReleaseReasons.UPGRADE_FAILED;
    String message =
        "Unlocked Helm release " + run.describe(current) + " from stale '" + stale + "' state";
    run.conditions().markFalse(HelmReleaseConditionTypes.RELEASED, reason, message);
    // the release is free again: the next action (remediation or a new attempt) follows
    return ActionOutcome.success(reason, message);
  }
}
