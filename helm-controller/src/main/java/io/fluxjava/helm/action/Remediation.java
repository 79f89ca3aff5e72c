package io.fluxjava.helm.action;

import io.fluxjava.api.helm.HelmReleaseSpec;
import io.fluxjava.api.helm.InstallRemediation;
import io.fluxjava.api.helm.RemediationStrategy;
import io.fluxjava.api.helm.UpgradeRemediation;

/**
 * The remediation settings of one action with upstream's defaults: {@code retries} 0 (negative
 * means unlimited), {@code remediateLastFailure} false for install and {@code retries > 0} for
 * upgrade, strategy rollback for upgrade (install always uninstalls).
 */
record Remediation(int retries, boolean remediateLastFailure, RemediationStrategy strategy) {

  static Remediation forInstall(HelmReleaseSpec spec) {
    InstallRemediation r = spec.getInstall() == null ? null : spec.getInstall().getRemediation();
    int retries = r == null || r.getRetries() == null ? 0 : r.getRetries();
    boolean last = r != null && Boolean.TRUE.equals(r.getRemediateLastFailure());
    return new Remediation(retries, last, RemediationStrategy.UNINSTALL);
  }

  static Remediation forUpgrade(HelmReleaseSpec spec) {
    UpgradeRemediation r = spec.getUpgrade() == null ? null : spec.getUpgrade().getRemediation();
    int retries = r == null || r.getRetries() == null ? 0 : r.getRetries();
    boolean last =
        r == null || r.getRemediateLastFailure() == null
            ? retries > 0
            : r.getRemediateLastFailure();
    RemediationStrategy strategy =
        r == null || r.getStrategy() == null ? RemediationStrategy.ROLLBACK : r.getStrategy();
    return new Remediation(retries, last, strategy);
  }

  /** True when {@code failures} used up every retry. */
  boolean exhausted(long failures) {
    return retries >= 0 && failures > retries;
  }

  /** True when a failure should be remediated: more retries follow, or the last one is fixed. */
  boolean shouldRemediate(long failures) {
    return failures > 0 && (!exhausted(failures) || remediateLastFailure);
  }
}
