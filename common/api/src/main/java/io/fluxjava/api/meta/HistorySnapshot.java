package io.fluxjava.api.meta;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;
import java.util.Map;
import java.util.Objects;

/** One reconciliation outcome in the history of a Kustomization. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class HistorySnapshot {
  @Required
  @JsonPropertyDescription("Digest of the built manifests.")
  private String digest;

  @Required
  @JsonPropertyDescription("When this digest and status were first seen.")
  private String firstReconciled;

  @Required
  @JsonPropertyDescription("When this digest and status were last seen.")
  private String lastReconciled;

  @Required
  @JsonPropertyDescription("Duration of the last reconciliation.")
  private String lastReconciledDuration;

  @Required
  @JsonPropertyDescription("Reason of the last reconciliation outcome.")
  private String lastReconciledStatus;

  @Required
  @JsonPropertyDescription("Number of reconciliations with this digest and status.")
  private Long totalReconciliations;

  @JsonPropertyDescription("Revision and origin revision of the source.")
  private Map<String, String> metadata;

  public String getDigest() {
    return digest;
  }

  public void setDigest(String digest) {
    this.digest = digest;
  }

  public String getFirstReconciled() {
    return firstReconciled;
  }

  public void setFirstReconciled(String firstReconciled) {
    this.firstReconciled = firstReconciled;
  }

  public String getLastReconciled() {
    return lastReconciled;
  }

  public void setLastReconciled(String lastReconciled) {
    this.lastReconciled = lastReconciled;
  }

  public String getLastReconciledDuration() {
    return lastReconciledDuration;
  }

  public void setLastReconciledDuration(String lastReconciledDuration) {
    this.lastReconciledDuration = lastReconciledDuration;
  }

  public String getLastReconciledStatus() {
    return lastReconciledStatus;
  }

  public void setLastReconciledStatus(String lastReconciledStatus) {
    this.lastReconciledStatus = lastReconciledStatus;
  }

  public Long getTotalReconciliations() {
    return totalReconciliations;
  }

  public void setTotalReconciliations(Long totalReconciliations) {
    this.totalReconciliations = totalReconciliations;
  }

  public Map<String, String> getMetadata() {
    return metadata;
  }

  public void setMetadata(Map<String, String> metadata) {
    this.metadata = metadata;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    HistorySnapshot that = (HistorySnapshot) o;
    return Objects.equals(digest, that.digest)
        && Objects.equals(firstReconciled, that.firstReconciled)
        && Objects.equals(lastReconciled, that.lastReconciled)
        && Objects.equals(lastReconciledDuration, that.lastReconciledDuration)
        && Objects.equals(lastReconciledStatus, that.lastReconciledStatus)
        && Objects.equals(totalReconciliations, that.totalReconciliations)
        && Objects.equals(metadata, that.metadata);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        digest,
        firstReconciled,
        lastReconciled,
        lastReconciledDuration,
        lastReconciledStatus,
        totalReconciliations,
        metadata);
  }
}
