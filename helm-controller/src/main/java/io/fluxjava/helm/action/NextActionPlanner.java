package io.fluxjava.helm.action;

import io.fluxjava.api.helm.HelmReleaseReasons;
import io.fluxjava.api.helm.HelmReleaseSpec;
import io.fluxjava.api.helm.HelmReleaseStatus;
import io.fluxjava.api.helm.ReleaseAction;
import io.fluxjava.api.helm.RemediationStrategy;
import io.fluxjava.helm.storage.StoredRelease;
import io.fluxjava.helm.values.ComposedValues;
import java.util.List;

/**
 * The state machine of upstream's atomic release: from the stored revisions and the failure
 * counters it picks the next action — unlock a stale pending revision, install, remediate a failure
 * (rollback or uninstall), retry, upgrade an out-of-sync release, run the tests — or decides that
 * the release is in sync or that retries are exhausted.
 */
public final class NextActionPlanner {

  /**
   * The next action for the release.
   *
   * @param history the stored revisions, newest first
   * @param forced whether a {@code forceAt} request asks for an upgrade even when in sync
   */
  public NextAction next(ReleaseRun run, List<StoredRelease> history, boolean forced) {
    HelmReleaseSpec spec = run.release().getSpec();
    HelmReleaseStatus status = run.status();
    Remediation install = Remediation.forInstall(spec);
    Remediation upgrade = Remediation.forUpgrade(spec);
    if (history.isEmpty() || StoredRelease.UNINSTALLED.equals(history.get(0).status())) {
      long failures = FailureCounters.valueOf(status.getInstallFailures());
      return install.exhausted(failures)
          ? retriesExceeded("install", failures)
          : NextAction.of(NextAction.Kind.INSTALL);
    }
    StoredRelease latest = history.get(0);
    if (latest.isPending()) {
      return NextAction.of(NextAction.Kind.UNLOCK);
    }
    boolean testsFailed = testsEnforced(spec) && TestAction.failed(latest);
    if (StoredRelease.FAILED.equals(latest.status()) || testsFailed) {
      return status.getLastAttemptedReleaseAction() == ReleaseAction.INSTALL
          ? afterInstallFailure(install, FailureCounters.valueOf(status.getInstallFailures()))
          : afterUpgradeFailure(
              upgrade, FailureCounters.valueOf(status.getUpgradeFailures()), history);
    }
    if (forced || !inSync(run, latest)) {
      long failures = FailureCounters.valueOf(status.getUpgradeFailures());
      return upgrade.exhausted(failures) && !forced
          ? retriesExceeded("upgrade", failures)
          : NextAction.of(NextAction.Kind.UPGRADE);
    }
    if (testsEnabled(spec) && TestAction.pending(latest, spec)) {
      return NextAction.of(NextAction.Kind.TEST);
    }
    return NextAction.of(NextAction.Kind.IN_SYNC);
  }

  private static NextAction afterInstallFailure(Remediation install, long failures) {
    if (install.shouldRemediate(failures)) {
      return NextAction.of(NextAction.Kind.UNINSTALL);
    }
    if (install.exhausted(failures)) {
      return retriesExceeded("install", failures);
    }
    // a failed revision the counters do not know (unlocked, or failed outside this controller)
    return NextAction.of(NextAction.Kind.UPGRADE);
  }

  private static NextAction afterUpgradeFailure(
      Remediation upgrade, long failures, List<StoredRelease> history) {
    if (upgrade.shouldRemediate(failures)) {
      if (upgrade.strategy() == RemediationStrategy.UNINSTALL) {
        return NextAction.of(NextAction.Kind.UNINSTALL);
      }
      if (RollbackAction.target(history).isEmpty()) {
        return NextAction.stall(
            HelmReleaseReasons.MISSING_ROLLBACK_TARGET,
            "Failed to perform remediation: no previous release to roll back to");
      }
      return NextAction.of(NextAction.Kind.ROLLBACK);
    }
    if (upgrade.exhausted(failures)) {
      return retriesExceeded("upgrade", failures);
    }
    return NextAction.of(NextAction.Kind.UPGRADE);
  }

  /** Whether the revision has the desired chart, values and render settings. */
  static boolean inSync(ReleaseRun run, StoredRelease latest) {
    return RenderSettings.unchanged(run)
        && latest.chart().name().equals(run.chart().name())
        && latest.chart().version().equals(run.chart().version())
        && new ComposedValues(latest.config() == null ? java.util.Map.of() : latest.config())
            .configDigest()
            .equals(run.values().configDigest());
  }

  static boolean testsEnabled(HelmReleaseSpec spec) {
    return spec.getTest() != null && Boolean.TRUE.equals(spec.getTest().getEnable());
  }

  private static boolean testsEnforced(HelmReleaseSpec spec) {
    return testsEnabled(spec) && !Boolean.TRUE.equals(spec.getTest().getIgnoreFailures());
  }

  private static NextAction retriesExceeded(String action, long failures) {
    return NextAction.stall(
        HelmReleaseReasons.RETRIES_EXCEEDED,
        "Failed to " + action + " after " + failures + " attempt(s)");
  }
}
