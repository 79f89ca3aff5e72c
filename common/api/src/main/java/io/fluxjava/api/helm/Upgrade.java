package io.fluxjava.api.helm;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Pattern;
import io.fluxjava.api.meta.Durations;
import java.util.Objects;

/** Settings of Helm upgrade actions. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class Upgrade {
  @Pattern(Durations.PATTERN)
  @JsonPropertyDescription("Timeout of the upgrade; defaults to spec.timeout.")
  private String timeout;

  @JsonPropertyDescription("Failure handling strategy.")
  private ActionStrategy strategy;

  @JsonPropertyDescription("Remediation of failed upgrades.")
  private UpgradeRemediation remediation;

  @JsonPropertyDescription("Refuses to take over existing objects.")
  private Boolean disableTakeOwnership;

  @JsonPropertyDescription("Does not wait for objects to become ready.")
  private Boolean disableWait;

  @JsonPropertyDescription("Does not wait for Jobs to complete.")
  private Boolean disableWaitForJobs;

  @JsonPropertyDescription("Skips hooks.")
  private Boolean disableHooks;

  @JsonPropertyDescription("Skips OpenAPI validation of rendered manifests.")
  private Boolean disableOpenAPIValidation;

  @JsonPropertyDescription("Skips JSON schema validation of values.")
  private Boolean disableSchemaValidation;

  @JsonPropertyDescription("Replaces objects on conflicts.")
  private Boolean force;

  @JsonPropertyDescription("Reuses the values of the last release.")
  private Boolean preserveValues;

  @JsonPropertyDescription("Deletes objects created by a failed upgrade.")
  private Boolean cleanupOnFail;

  @JsonPropertyDescription("CRD handling; Skip by default.")
  private CRDsPolicy crds;

  @JsonPropertyDescription("Server-side apply mode; auto by default.")
  private ServerSideApplyMode serverSideApply;

  @JsonPropertyDescription("Reaction to a changed chart name; Reinstall by default.")
  private ChartNameChangeStrategy chartNameChangeStrategy;

  public String getTimeout() {
    return timeout;
  }

  public void setTimeout(String timeout) {
    this.timeout = timeout;
  }

  public ActionStrategy getStrategy() {
    return strategy;
  }

  public void setStrategy(ActionStrategy strategy) {
    this.strategy = strategy;
  }

  public UpgradeRemediation getRemediation() {
    return remediation;
  }

  public void setRemediation(UpgradeRemediation remediation) {
    this.remediation = remediation;
  }

  public Boolean getDisableTakeOwnership() {
    return disableTakeOwnership;
  }

  public void setDisableTakeOwnership(Boolean disableTakeOwnership) {
    this.disableTakeOwnership = disableTakeOwnership;
  }

  public Boolean getDisableWait() {
    return disableWait;
  }

  public void setDisableWait(Boolean disableWait) {
    this.disableWait = disableWait;
  }

  public Boolean getDisableWaitForJobs() {
    return disableWaitForJobs;
  }

  public void setDisableWaitForJobs(Boolean disableWaitForJobs) {
    this.disableWaitForJobs = disableWaitForJobs;
  }

  public Boolean getDisableHooks() {
    return disableHooks;
  }

  public void setDisableHooks(Boolean disableHooks) {
    this.disableHooks = disableHooks;
  }

  public Boolean getDisableOpenAPIValidation() {
    return disableOpenAPIValidation;
  }

  public void setDisableOpenAPIValidation(Boolean disableOpenAPIValidation) {
    this.disableOpenAPIValidation = disableOpenAPIValidation;
  }

  public Boolean getDisableSchemaValidation() {
    return disableSchemaValidation;
  }

  public void setDisableSchemaValidation(Boolean disableSchemaValidation) {
    this.disableSchemaValidation = disableSchemaValidation;
  }

  public Boolean getForce() {
    return force;
  }

  public void setForce(Boolean force) {
    this.force = force;
  }

  public Boolean getPreserveValues() {
    return preserveValues;
  }

  public void setPreserveValues(Boolean preserveValues) {
    this.preserveValues = preserveValues;
  }

  public Boolean getCleanupOnFail() {
    return cleanupOnFail;
  }

  public void setCleanupOnFail(Boolean cleanupOnFail) {
    this.cleanupOnFail = cleanupOnFail;
  }

  public CRDsPolicy getCrds() {
    return crds;
  }

  public void setCrds(CRDsPolicy crds) {
    this.crds = crds;
  }

  public ServerSideApplyMode getServerSideApply() {
    return serverSideApply;
  }

  public void setServerSideApply(ServerSideApplyMode serverSideApply) {
    this.serverSideApply = serverSideApply;
  }

  public ChartNameChangeStrategy getChartNameChangeStrategy() {
    return chartNameChangeStrategy;
  }

  public void setChartNameChangeStrategy(ChartNameChangeStrategy chartNameChangeStrategy) {
    this.chartNameChangeStrategy = chartNameChangeStrategy;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    Upgrade that = (Upgrade) o;
    return Objects.equals(timeout, that.timeout)
        && Objects.equals(strategy, that.strategy)
        && Objects.equals(remediation, that.remediation)
        && Objects.equals(disableTakeOwnership, that.disableTakeOwnership)
        && Objects.equals(disableWait, that.disableWait)
        && Objects.equals(disableWaitForJobs, that.disableWaitForJobs)
        && Objects.equals(disableHooks, that.disableHooks)
        && Objects.equals(disableOpenAPIValidation, that.disableOpenAPIValidation)
        && Objects.equals(disableSchemaValidation, that.disableSchemaValidation)
        && Objects.equals(force, that.force)
        && Objects.equals(preserveValues, that.preserveValues)
        && Objects.equals(cleanupOnFail, that.cleanupOnFail)
        && Objects.equals(crds, that.crds)
        && Objects.equals(serverSideApply, that.serverSideApply)
        && Objects.equals(chartNameChangeStrategy, that.chartNameChangeStrategy);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        timeout,
        strategy,
        remediation,
        disableTakeOwnership,
        disableWait,
        disableWaitForJobs,
        disableHooks,
        disableOpenAPIValidation,
        disableSchemaValidation,
        force,
        preserveValues,
        cleanupOnFail,
        crds,
        serverSideApply,
        chartNameChangeStrategy);
  }
}
