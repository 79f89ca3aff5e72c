package io.fluxjava.api.helm;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Pattern;
import io.fluxjava.api.meta.Durations;
import java.util.Objects;

/** Settings of Helm install actions. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class Install {
  @Pattern(Durations.PATTERN)
  @JsonPropertyDescription("Timeout of the install; defaults to spec.timeout.")
  private String timeout;

  @JsonPropertyDescription("Failure handling strategy.")
  private ActionStrategy strategy;

  @JsonPropertyDescription("Remediation of failed installs.")
  private InstallRemediation remediation;

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

  @JsonPropertyDescription("Reuses the name of a deleted release.")
  private Boolean replace;

  @JsonPropertyDescription("Deprecated: use crds.")
  private Boolean skipCRDs;

  @JsonPropertyDescription("CRD handling; Create by default.")
  private CRDsPolicy crds;

  @JsonPropertyDescription("Creates the target namespace.")
  private Boolean createNamespace;

  @JsonPropertyDescription("Uses server-side apply; true by default.")
  private Boolean serverSideApply;

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

  public InstallRemediation getRemediation() {
    return remediation;
  }

  public void setRemediation(InstallRemediation remediation) {
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

  public Boolean getReplace() {
    return replace;
  }

  public void setReplace(Boolean replace) {
    this.replace = replace;
  }

  public Boolean getSkipCRDs() {
    return skipCRDs;
  }

  public void setSkipCRDs(Boolean skipCRDs) {
    this.skipCRDs = skipCRDs;
  }

  public CRDsPolicy getCrds() {
    return crds;
  }

  public void setCrds(CRDsPolicy crds) {
    this.crds = crds;
  }

  public Boolean getCreateNamespace() {
    return createNamespace;
  }

  public void setCreateNamespace(Boolean createNamespace) {
    this.createNamespace = createNamespace;
  }

  public Boolean getServerSideApply() {
    return serverSideApply;
  }

  public void setServerSideApply(Boolean serverSideApply) {
    this.serverSideApply = serverSideApply;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    Install that = (Install) o;
    return Objects.equals(timeout, that.timeout)
        && Objects.equals(strategy, that.strategy)
        && Objects.equals(remediation, that.remediation)
        && Objects.equals(disableTakeOwnership, that.disableTakeOwnership)
        && Objects.equals(disableWait, that.disableWait)
        && Objects.equals(disableWaitForJobs, that.disableWaitForJobs)
        && Objects.equals(disableHooks, that.disableHooks)
        && Objects.equals(disableOpenAPIValidation, that.disableOpenAPIValidation)
        && Objects.equals(disableSchemaValidation, that.disableSchemaValidation)
        && Objects.equals(replace, that.replace)
        && Objects.equals(skipCRDs, that.skipCRDs)
        && Objects.equals(crds, that.crds)
        && Objects.equals(createNamespace, that.createNamespace)
        && Objects.equals(serverSideApply, that.serverSideApply);
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
        replace,
        skipCRDs,
        crds,
        createNamespace,
        serverSideApply);
  }
}
