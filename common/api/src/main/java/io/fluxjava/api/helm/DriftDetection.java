package io.fluxjava.api.helm;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fluxjava.api.meta.IgnoreRule;
import java.util.List;
import java.util.Objects;

/** Drift detection and correction of the objects of a release. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class DriftDetection {
  @JsonPropertyDescription("enabled, warn or disabled (default).")
  private DriftDetectionMode mode;

  @JsonPropertyDescription("Fields ignored when detecting drift.")
  private List<IgnoreRule> ignore;

  public DriftDetectionMode getMode() {
    return mode;
  }

  public void setMode(DriftDetectionMode mode) {
    this.mode = mode;
  }

  public List<IgnoreRule> getIgnore() {
    return ignore;
  }

  public void setIgnore(List<IgnoreRule> ignore) {
    this.ignore = ignore;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    DriftDetection that = (DriftDetection) o;
    return Objects.equals(mode, that.mode) && Objects.equals(ignore, that.ignore);
  }

  @Override
  public int hashCode() {
    return Objects.hash(mode, ignore);
  }
}
