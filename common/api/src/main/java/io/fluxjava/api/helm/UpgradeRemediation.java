package io.fluxjava.api.helm;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.Objects;

/** Remediation of failed upgrades. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class UpgradeRemediation {
  @JsonPropertyDescription("Retries before giving up; negative means unlimited.")
  private Integer retries;

  @JsonPropertyDescription("Whether test failures are ignored.")
  private Boolean ignoreTestFailures;

  @JsonPropertyDescription("Whether the last failure is remediated; true when retries > 0.")
  private Boolean remediateLastFailure;

  @JsonPropertyDescription("rollback (default) or uninstall.")
  private RemediationStrategy strategy;

  public Integer getRetries() {
    return retries;
  }

  public void setRetries(Integer retries) {
    this.retries = retries;
  }

  public Boolean getIgnoreTestFailures() {
    return ignoreTestFailures;
  }

  public void setIgnoreTestFailures(Boolean ignoreTestFailures) {
    this.ignoreTestFailures = ignoreTestFailures;
  }

  public Boolean getRemediateLastFailure() {
    return remediateLastFailure;
  }

  public void setRemediateLastFailure(Boolean remediateLastFailure) {
    this.remediateLastFailure = remediateLastFailure;
  }

  public RemediationStrategy getStrategy() {
    return strategy;
  }

  public void setStrategy(RemediationStrategy strategy) {
    this.strategy = strategy;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    UpgradeRemediation that = (UpgradeRemediation) o;
    return Objects.equals(retries, that.retries)
        && Objects.equals(ignoreTestFailures, that.ignoreTestFailures)
        && Objects.equals(remediateLastFailure, that.remediateLastFailure)
        && Objects.equals(strategy, that.strategy);
  }

  @Override
  public int hashCode() {
    return Objects.hash(retries, ignoreTestFailures, remediateLastFailure, strategy);
  }
}
