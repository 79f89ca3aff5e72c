package io.fluxjava.api.helm;

/** Condition types of a HelmRelease, besides Ready, Reconciling and Stalled. */
public final class HelmReleaseConditionTypes {

  /** Outcome of the last install or upgrade. */
  public static final String RELEASED = "Released";

  /** Outcome of the last Helm test run; only present when tests are enabled. */
  public static final String TEST_SUCCESS = "TestSuccess";

  /** Outcome of the last rollback or uninstall remediation. */
  public static final String REMEDIATED = "Remediated";

  /** Whether the cluster state drifted from the release. */
  public static final String DRIFTED = "Drifted";

  private HelmReleaseConditionTypes() {}
}
