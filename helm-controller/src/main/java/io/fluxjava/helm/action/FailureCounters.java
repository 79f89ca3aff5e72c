package io.fluxjava.helm.action;

import io.fluxjava.api.helm.HelmReleaseStatus;

/** The failure counters of {@code status}: total, install and upgrade failures. */
final class FailureCounters {

  private FailureCounters() {}

  static void countInstallFailure(HelmReleaseStatus status) {
    status.setFailures(plusOne(status.getFailures()));
    status.setInstallFailures(plusOne(status.getInstallFailures()));
  }

  static void countUpgradeFailure(HelmReleaseStatus status) {
    status.setFailures(plusOne(status.getFailures()));
    status.setUpgradeFailures(plusOne(status.getUpgradeFailures()));
  }

  static void countFailure(HelmReleaseStatus status) {
    status.setFailures(plusOne(status.getFailures()));
  }

  /** Clears every counter: a new desired state (or a resetAt request) gets fresh retries. */
  static void reset(HelmReleaseStatus status) {
    status.setFailures(null);
    status.setInstallFailures(null);
    status.setUpgradeFailures(null);
  }

  static long valueOf(Long counter) {
    return counter == null ? 0 : counter;
  }

  private static Long plusOne(Long counter) {
    return valueOf(counter) + 1;
  }
}
