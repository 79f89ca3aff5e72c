package io.fluxjava.api.helm;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.Objects;

/** Remediation of failed installs. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class InstallRemediation {
  @JsonPropertyDescription("Retries before giving up; negative means unlimited.")
  private Integer retries;

  @JsonPropertyDescription("Whether test failures are ignored.")
  private Boolean ignoreTestFailures;

  @JsonPropertyDescription("Whether the last failure is remediated when retries are exhausted.")
  private Boolean remediateLastFailure;

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

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    InstallRemediation that = (InstallRemediation) o;
    return Objects.equals(retries, that.retries)
        && Objects.equals(ignoreTestFailures, that.ignoreTestFailures)
        && Objects.equals(remediateLastFailure, that.remediateLastFailure);
  }

  @Override
  public int hashCode() {
    return Objects.hash(retries, ignoreTestFailures, remediateLastFailure);
  }
}
