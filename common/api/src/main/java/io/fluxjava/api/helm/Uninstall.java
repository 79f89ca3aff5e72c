package io.fluxjava.api.helm;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Pattern;
import io.fluxjava.api.meta.Durations;
import java.util.Objects;

/** Settings of Helm uninstall actions. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class Uninstall {
  @Pattern(Durations.PATTERN)
  @JsonPropertyDescription("Timeout of the uninstall.")
  private String timeout;

  @JsonPropertyDescription("Skips hooks.")
  private Boolean disableHooks;

  @JsonPropertyDescription("Keeps the release history.")
  private Boolean keepHistory;

  @JsonPropertyDescription("Does not wait for objects to be deleted.")
  private Boolean disableWait;

  @Default("background")
  @JsonPropertyDescription("Deletion propagation.")
  private DeletionPropagation deletionPropagation;

  public String getTimeout() {
    return timeout;
  }

  public void setTimeout(String timeout) {
    this.timeout = timeout;
  }

  public Boolean getDisableHooks() {
    return disableHooks;
  }

  public void setDisableHooks(Boolean disableHooks) {
    this.disableHooks = disableHooks;
  }

  public Boolean getKeepHistory() {
    return keepHistory;
  }

  public void setKeepHistory(Boolean keepHistory) {
    this.keepHistory = keepHistory;
  }

  public Boolean getDisableWait() {
    return disableWait;
  }

  public void setDisableWait(Boolean disableWait) {
    this.disableWait = disableWait;
  }

  public DeletionPropagation getDeletionPropagation() {
    return deletionPropagation;
  }

  public void setDeletionPropagation(DeletionPropagation deletionPropagation) {
    this.deletionPropagation = deletionPropagation;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    Uninstall that = (Uninstall) o;
    return Objects.equals(timeout, that.timeout)
        && Objects.equals(disableHooks, that.disableHooks)
        && Objects.equals(keepHistory, that.keepHistory)
        && Objects.equals(disableWait, that.disableWait)
        && Objects.equals(deletionPropagation, that.deletionPropagation);
  }

  @Override
  public int hashCode() {
    return Objects.hash(timeout, disableHooks, keepHistory, disableWait, deletionPropagation);
  }
}
