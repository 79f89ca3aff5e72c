package io.fluxjava.api.kustomize;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fluxjava.api.ReconcileStatus;
import io.fluxjava.api.meta.HistorySnapshot;
import io.fluxjava.api.meta.ResourceInventory;
import java.util.List;
import java.util.Objects;

/** Observed state of a Kustomization. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class KustomizationStatus extends ReconcileStatus {
  @JsonPropertyDescription("Revision of the last successfully applied source artifact.")
  private String lastAppliedRevision;

  @JsonPropertyDescription("Origin revision of the last successfully applied artifact.")
  private String lastAppliedOriginRevision;

  @JsonPropertyDescription("Revision of the last attempted source artifact.")
  private String lastAttemptedRevision;

  @JsonPropertyDescription("Objects applied by the last successful reconciliation.")
  private ResourceInventory inventory;

  @JsonPropertyDescription("The last reconciliation outcomes, newest first.")
  private List<HistorySnapshot> history;

  public String getLastAppliedRevision() {
    return lastAppliedRevision;
  }

  public void setLastAppliedRevision(String lastAppliedRevision) {
    this.lastAppliedRevision = lastAppliedRevision;
  }

  public String getLastAppliedOriginRevision() {
    return lastAppliedOriginRevision;
  }

  public void setLastAppliedOriginRevision(String lastAppliedOriginRevision) {
    this.lastAppliedOriginRevision = lastAppliedOriginRevision;
  }

  public String getLastAttemptedRevision() {
    return lastAttemptedRevision;
  }

  public void setLastAttemptedRevision(String lastAttemptedRevision) {
    this.lastAttemptedRevision = lastAttemptedRevision;
  }

  public ResourceInventory getInventory() {
    return inventory;
  }

  public void setInventory(ResourceInventory inventory) {
    this.inventory = inventory;
  }

  public List<HistorySnapshot> getHistory() {
    return history;
  }

  public void setHistory(List<HistorySnapshot> history) {
    this.history = history;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    KustomizationStatus that = (KustomizationStatus) o;
    return super.equals(o)
        && Objects.equals(lastAppliedRevision, that.lastAppliedRevision)
        && Objects.equals(lastAppliedOriginRevision, that.lastAppliedOriginRevision)
        && Objects.equals(lastAttemptedRevision, that.lastAttemptedRevision)
        && Objects.equals(inventory, that.inventory)
        && Objects.equals(history, that.history);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        super.hashCode(),
        lastAppliedRevision,
        lastAppliedOriginRevision,
        lastAttemptedRevision,
        inventory,
        history);
  }
}
