package io.fluxjava.api.helm;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Pattern;
import io.fluxjava.api.meta.Durations;
import java.util.Objects;

/** Settings of Helm rollback actions. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class Rollback {
  @Pattern(Durations.PATTERN)
  @JsonPropertyDescription("Timeout of the rollback.")
  private String timeout;

  @JsonPropertyDescription("Does not wait for objects to become ready.")
  private Boolean disableWait;

  @JsonPropertyDescription("Does not wait for Jobs to complete.")
  private Boolean disableWaitForJobs;

  @JsonPropertyDescription("Skips hooks.")
  private Boolean disableHooks;

  @JsonPropertyDescription("Recreates pods.")
  private Boolean recreate;

  @JsonPropertyDescription("Replaces objects on conflicts.")
  private Boolean force;

  @JsonPropertyDescription("Deletes objects created by a failed rollback.")
  private Boolean cleanupOnFail;

  @JsonPropertyDescription("Server-side apply mode; auto by default.")
  private ServerSideApplyMode serverSideApply;

  public String getTimeout() {
    return timeout;
  }

  public void setTimeout(String timeout) {
    this.timeout = timeout;
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

  public Boolean getRecreate() {
    return recreate;
  }

  public void setRecreate(Boolean recreate) {
    this.recreate = recreate;
  }

  public Boolean getForce() {
    return force;
  }

  public void setForce(Boolean force) {
    this.force = force;
  }

  public Boolean getCleanupOnFail() {
    return cleanupOnFail;
  }

  public void setCleanupOnFail(Boolean cleanupOnFail) {
    this.cleanupOnFail = cleanupOnFail;
  }

  public ServerSideApplyMode getServerSideApply() {
    return serverSideApply;
  }

  public void setServerSideApply(ServerSideApplyMode serverSideApply) {
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
    Rollback that = (Rollback) o;
    return Objects.equals(timeout, that.timeout)
        && Objects.equals(disableWait, that.disableWait)
        && Objects.equals(disableWaitForJobs, that.disableWaitForJobs)
        && Objects.equals(disableHooks, that.disableHooks)
        && Objects.equals(recreate, that.recreate)
        && Objects.equals(force, that.force)
        && Objects.equals(cleanupOnFail, that.cleanupOnFail)
        && Objects.equals(serverSideApply, that.serverSideApply);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        timeout,
        disableWait,
        disableWaitForJobs,
        disableHooks,
        recreate,
        force,
        cleanupOnFail,
        serverSideApply);
  }
}
