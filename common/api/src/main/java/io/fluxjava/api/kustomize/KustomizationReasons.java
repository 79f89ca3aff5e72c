package io.fluxjava.api.kustomize;

/** Condition reasons specific to Kustomizations; also the history snapshot statuses. */
public final class KustomizationReasons {

  public static final String RECONCILIATION_SUCCEEDED = "ReconciliationSucceeded";
  public static final String RECONCILIATION_FAILED = "ReconciliationFailed";
  public static final String ARTIFACT_FAILED = "ArtifactFailed";
  public static final String BUILD_FAILED = "BuildFailed";
  public static final String PRUNE_FAILED = "PruneFailed";
  public static final String HEALTH_CHECK_FAILED = "HealthCheckFailed";
  public static final String HEALTH_CHECK_CANCELED = "HealthCheckCanceled";

  private KustomizationReasons() {}
}
