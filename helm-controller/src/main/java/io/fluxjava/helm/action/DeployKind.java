package io.fluxjava.helm.action;

import io.fluxjava.api.helm.HelmReleaseReasons;
import io.fluxjava.api.helm.HelmReleaseStatus;
import java.util.function.Consumer;

/** Install or upgrade: the words, reasons and failure counter each reports with. */
enum DeployKind {
  INSTALL(
      "install",
      HelmReleaseReasons.INSTALL_SUCCEEDED,
      HelmReleaseReasons.INSTALL_FAILED,
      "Install complete",
      FailureCounters::countInstallFailure),
  UPGRADE(
      "upgrade",
      HelmReleaseReasons.UPGRADE_SUCCEEDED,
      HelmReleaseReasons.UPGRADE_FAILED,
      "Upgrade complete",
      FailureCounters::countUpgradeFailure);

  private final String verb;
  private final String succeededReason;
  private final String failedReason;
  private final String completeDescription;
  private final Consumer<HelmReleaseStatus> failureCounter;

  DeployKind(
      String verb,
      String succeededReason,
      String failedReason,
      String completeDescription,
      Consumer<HelmReleaseStatus> failureCounter) {
    this.verb = verb;
    this.succeededReason = succeededReason;
    this.failedReason = failedReason;
    this.completeDescription = completeDescription;
    this.failureCounter = failureCounter;
  }

  String verb() {
    return verb;
  }

  String succeededReason() {
    return succeededReason;
  }

  String failedReason() {
    return failedReason;
  }

  /** Helm's description of the deployed revision. */
  String completeDescription() {
    return completeDescription;
  }

  void countFailure(HelmReleaseStatus status) {
    failureCounter.accept(status);
  }
}
