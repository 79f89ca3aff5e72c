package io.fluxjava.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.kubernetes.api.model.Condition;
import java.util.List;
import java.util.Objects;

/** The status fields every reconciled Flux kind shares (kstatus and {@code flux reconcile}). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class ReconcileStatus {

  /**
   * CRD schema default of {@code status}: fresh objects count as not yet observed (kstatus reads
   * them as in progress until the controller writes the generation).
   */
  public static final String CRD_DEFAULT = "{\"observedGeneration\":-1}";

  @JsonPropertyDescription("Last generation the controller finished reconciling.")
  private Long observedGeneration;

  @JsonPropertyDescription(
      "Conditions of the object: Ready, Reconciling, Stalled and kind-specific ones.")
  private List<Condition> conditions;

  @JsonPropertyDescription(
      "Value of the reconcile.fluxcd.io/requestedAt annotation seen by the last finished reconcile.")
  private String lastHandledReconcileAt;

  public Long getObservedGeneration() {
    return observedGeneration;
  }

  public void setObservedGeneration(Long observedGeneration) {
    this.observedGeneration = observedGeneration;
  }

  public List<Condition> getConditions() {
    return conditions;
  }

  public void setConditions(List<Condition> conditions) {
    this.conditions = conditions;
  }

  public String getLastHandledReconcileAt() {
    return lastHandledReconcileAt;
  }

  public void setLastHandledReconcileAt(String lastHandledReconcileAt) {
    this.lastHandledReconcileAt = lastHandledReconcileAt;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    ReconcileStatus that = (ReconcileStatus) o;
    return Objects.equals(observedGeneration, that.observedGeneration)
        && Objects.equals(conditions, that.conditions)
        && Objects.equals(lastHandledReconcileAt, that.lastHandledReconcileAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(observedGeneration, conditions, lastHandledReconcileAt);
  }
}
