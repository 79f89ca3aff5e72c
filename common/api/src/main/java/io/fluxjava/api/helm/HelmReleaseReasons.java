package io.fluxjava.api.helm;

/** Condition reasons specific to HelmReleases. */
public final class HelmReleaseReasons {

  public static final String INSTALL_SUCCEEDED = "InstallSucceeded";
  public static final String INSTALL_FAILED = "InstallFailed";
  public static final String UPGRADE_SUCCEEDED = "UpgradeSucceeded";
  public static final String UPGRADE_FAILED = "UpgradeFailed";
  public static final String TEST_SUCCEEDED = "TestSucceeded";
  public static final String TEST_FAILED = "TestFailed";
  public static final String ROLLBACK_SUCCEEDED = "RollbackSucceeded";
  public static final String ROLLBACK_FAILED = "RollbackFailed";
  public static final String UNINSTALL_SUCCEEDED = "UninstallSucceeded";
  public static final String UNINSTALL_FAILED = "UninstallFailed";
  public static final String ARTIFACT_FAILED = "ArtifactFailed";
  public static final String DRIFT_DETECTED = "DriftDetected";
  public static final String NO_DRIFT_DETECTED = "NoDriftDetected";
  public static final String RETRIES_EXCEEDED = "RetriesExceeded";
  public static final String MISSING_ROLLBACK_TARGET = "MissingRollbackTarget";
  public static final String INVENTORY_BUILD_FAILED = "InventoryBuildFailed";

  private HelmReleaseReasons() {}
}
