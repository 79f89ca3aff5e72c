package io.fluxjava.api.helm;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.Objects;

/** Outcome of one Helm test hook. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class TestHookStatus {
  @JsonPropertyDescription("When the test last started.")
  private String lastStarted;

  @JsonPropertyDescription("When the test last completed.")
  private String lastCompleted;

  @JsonPropertyDescription("Phase of the test: Succeeded, Failed, ...")
  private String phase;

  public String getLastStarted() {
    return lastStarted;
  }

  public void setLastStarted(String lastStarted) {
    this.lastStarted = lastStarted;
  }

  public String getLastCompleted() {
    return lastCompleted;
  }

  public void setLastCompleted(String lastCompleted) {
    this.lastCompleted = lastCompleted;
  }

  public String getPhase() {
    return phase;
  }

  public void setPhase(String phase) {
    this.phase = phase;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    TestHookStatus that = (TestHookStatus) o;
    return Objects.equals(lastStarted, that.lastStarted)
        && Objects.equals(lastCompleted, that.lastCompleted)
        && Objects.equals(phase, that.phase);
  }

  @Override
  public int hashCode() {
    return Objects.hash(lastStarted, lastCompleted, phase);
  }
}
