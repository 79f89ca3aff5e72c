package io.fluxjava.api.helm;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fluxjava.api.ReconcileStatus;
import io.fluxjava.api.meta.ResourceInventory;
import java.util.List;
import java.util.Objects;

/** Observed state of a HelmRelease. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class HelmReleaseStatus extends ReconcileStatus {
  @JsonPropertyDescription("Digest of the post-renderers of the last successful reconciliation.")
  private String observedPostRenderersDigest;

  @JsonPropertyDescription("Digest of the common metadata of the last successful reconciliation.")
  private String observedCommonMetadataDigest;

  @JsonPropertyDescription("Generation of the last attempt.")
  private Long lastAttemptedGeneration;

  @JsonPropertyDescription("<namespace>/<name> of the generated HelmChart.")
  private String helmChart;

  @JsonPropertyDescription("Namespace of the release storage.")
  private String storageNamespace;

  @JsonPropertyDescription("Releases, newest first.")
  private List<ReleaseSnapshot> history;

  @JsonPropertyDescription("Objects of the current release.")
  private ResourceInventory inventory;

  @JsonPropertyDescription("Last attempted Helm action.")
  private ReleaseAction lastAttemptedReleaseAction;

  @JsonPropertyDescription("Duration of the last attempted Helm action.")
  private String lastAttemptedReleaseActionDuration;

  @JsonPropertyDescription("Failures since the last success.")
  private Long failures;

  @JsonPropertyDescription("Install failures since the last success.")
  private Long installFailures;

  @JsonPropertyDescription("Upgrade failures since the last success.")
  private Long upgradeFailures;

  @JsonPropertyDescription("Chart version of the last attempt.")
  private String lastAttemptedRevision;

  @JsonPropertyDescription("OCI digest of the chart of the last attempt.")
  private String lastAttemptedRevisionDigest;

  @JsonPropertyDescription("Deprecated: values checksum of the last attempt.")
  private String lastAttemptedValuesChecksum;

  @JsonPropertyDescription("Deprecated: revision of the last successful release.")
  private Integer lastReleaseRevision;

  @JsonPropertyDescription("Values digest of the last attempt.")
  private String lastAttemptedConfigDigest;

  @JsonPropertyDescription("Last handled reconcile.fluxcd.io/forceAt value.")
  private String lastHandledForceAt;

  @JsonPropertyDescription("Last handled reconcile.fluxcd.io/resetAt value.")
  private String lastHandledResetAt;

  public String getObservedPostRenderersDigest() {
    return observedPostRenderersDigest;
  }

  public void setObservedPostRenderersDigest(String observedPostRenderersDigest) {
    this.observedPostRenderersDigest = observedPostRenderersDigest;
  }

  public String getObservedCommonMetadataDigest() {
    return observedCommonMetadataDigest;
  }

  public void setObservedCommonMetadataDigest(String observedCommonMetadataDigest) {
    this.observedCommonMetadataDigest = observedCommonMetadataDigest;
  }

  public Long getLastAttemptedGeneration() {
    return lastAttemptedGeneration;
  }

  public void setLastAttemptedGeneration(Long lastAttemptedGeneration) {
    this.lastAttemptedGeneration = lastAttemptedGeneration;
  }

  public String getHelmChart() {
    return helmChart;
  }

  public void setHelmChart(String helmChart) {
    this.helmChart = helmChart;
  }

  public String getStorageNamespace() {
    return storageNamespace;
  }

  public void setStorageNamespace(String storageNamespace) {
    this.storageNamespace = storageNamespace;
  }

  public List<ReleaseSnapshot> getHistory() {
    return history;
  }

  public void setHistory(List<ReleaseSnapshot> history) {
    this.history = history;
  }

  public ResourceInventory getInventory() {
    return inventory;
  }

  public void setInventory(ResourceInventory inventory) {
    this.inventory = inventory;
  }

  public ReleaseAction getLastAttemptedReleaseAction() {
    return lastAttemptedReleaseAction;
  }

  public void setLastAttemptedReleaseAction(ReleaseAction lastAttemptedReleaseAction) {
    this.lastAttemptedReleaseAction = lastAttemptedReleaseAction;
  }

  public String getLastAttemptedReleaseActionDuration() {
    return lastAttemptedReleaseActionDuration;
  }

  public void setLastAttemptedReleaseActionDuration(String lastAttemptedReleaseActionDuration) {
    this.lastAttemptedReleaseActionDuration = lastAttemptedReleaseActionDuration;
  }

  public Long getFailures() {
    return failures;
  }

  public void setFailures(Long failures) {
    this.failures = failures;
  }

  public Long getInstallFailures() {
    return installFailures;
  }

  public void setInstallFailures(Long installFailures) {
    this.installFailures = installFailures;
  }

  public Long getUpgradeFailures() {
    return upgradeFailures;
  }

  public void setUpgradeFailures(Long upgradeFailures) {
    this.upgradeFailures = upgradeFailures;
  }

  public String getLastAttemptedRevision() {
    return lastAttemptedRevision;
  }

  public void setLastAttemptedRevision(String lastAttemptedRevision) {
    this.lastAttemptedRevision = lastAttemptedRevision;
  }

  public String getLastAttemptedRevisionDigest() {
    return lastAttemptedRevisionDigest;
  }

  public void setLastAttemptedRevisionDigest(String lastAttemptedRevisionDigest) {
    this.lastAttemptedRevisionDigest = lastAttemptedRevisionDigest;
  }

  public String getLastAttemptedValuesChecksum() {
    return lastAttemptedValuesChecksum;
  }

  public void setLastAttemptedValuesChecksum(String lastAttemptedValuesChecksum) {
    this.lastAttemptedValuesChecksum = lastAttemptedValuesChecksum;
  }

  public Integer getLastReleaseRevision() {
    return lastReleaseRevision;
  }

  public void setLastReleaseRevision(Integer lastReleaseRevision) {
    this.lastReleaseRevision = lastReleaseRevision;
  }

  public String getLastAttemptedConfigDigest() {
    return lastAttemptedConfigDigest;
  }

  public void setLastAttemptedConfigDigest(String lastAttemptedConfigDigest) {
    this.lastAttemptedConfigDigest = lastAttemptedConfigDigest;
  }

  public String getLastHandledForceAt() {
    return lastHandledForceAt;
  }

  public void setLastHandledForceAt(String lastHandledForceAt) {
    this.lastHandledForceAt = lastHandledForceAt;
  }

  public String getLastHandledResetAt() {
    return lastHandledResetAt;
  }

  public void setLastHandledResetAt(String lastHandledResetAt) {
    this.lastHandledResetAt = lastHandledResetAt;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    HelmReleaseStatus that = (HelmReleaseStatus) o;
    return super.equals(o)
        && Objects.equals(observedPostRenderersDigest, that.observedPostRenderersDigest)
        && Objects.equals(observedCommonMetadataDigest, that.observedCommonMetadataDigest)
        && Objects.equals(lastAttemptedGeneration, that.lastAttemptedGeneration)
        && Objects.equals(helmChart, that.helmChart)
        && Objects.equals(storageNamespace, that.storageNamespace)
        && Objects.equals(history, that.history)
        && Objects.equals(inventory, that.inventory)
        && Objects.equals(lastAttemptedReleaseAction, that.lastAttemptedReleaseAction)
        && Objects.equals(
            lastAttemptedReleaseActionDuration, that.lastAttemptedReleaseActionDuration)
        && Objects.equals(failures, that.failures)
        && Objects.equals(installFailures, that.installFailures)
        && Objects.equals(upgradeFailures, that.upgradeFailures)
        && Objects.equals(lastAttemptedRevision, that.lastAttemptedRevision)
        && Objects.equals(lastAttemptedRevisionDigest, that.lastAttemptedRevisionDigest)
        && Objects.equals(lastAttemptedValuesChecksum, that.lastAttemptedValuesChecksum)
        && Objects.equals(lastReleaseRevision, that.lastReleaseRevision)
        && Objects.equals(lastAttemptedConfigDigest, that.lastAttemptedConfigDigest)
        && Objects.equals(lastHandledForceAt, that.lastHandledForceAt)
        && Objects.equals(lastHandledResetAt, that.lastHandledResetAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        super.hashCode(),
        observedPostRenderersDigest,
        observedCommonMetadataDigest,
        lastAttemptedGeneration,
        helmChart,
        storageNamespace,
        history,
        inventory,
        lastAttemptedReleaseAction,
        lastAttemptedReleaseActionDuration,
        failures,
        installFailures,
        upgradeFailures,
        lastAttemptedRevision,
        lastAttemptedRevisionDigest,
        lastAttemptedValuesChecksum,
        lastReleaseRevision,
        lastAttemptedConfigDigest,
        lastHandledForceAt,
        lastHandledResetAt);
  }
}
