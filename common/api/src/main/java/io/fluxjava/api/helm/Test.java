package io.fluxjava.api.helm;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Pattern;
import io.fluxjava.api.meta.Durations;
import java.util.List;
import java.util.Objects;

/** Settings of Helm test actions. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class Test {
  @JsonPropertyDescription("Runs Helm tests after install and upgrade.")
  private Boolean enable;

  @Pattern(Durations.PATTERN)
  @JsonPropertyDescription("Timeout of the tests.")
  private String timeout;

  @JsonPropertyDescription("Whether test failures are ignored.")
  private Boolean ignoreFailures;

  @JsonPropertyDescription("Tests to run or skip.")
  private List<Filter> filters;

  public Boolean getEnable() {
    return enable;
  }

  public void setEnable(Boolean enable) {
    this.enable = enable;
  }

  public String getTimeout() {
    return timeout;
  }

  public void setTimeout(String timeout) {
    this.timeout = timeout;
  }

  public Boolean getIgnoreFailures() {
    return ignoreFailures;
  }

  public void setIgnoreFailures(Boolean ignoreFailures) {
    this.ignoreFailures = ignoreFailures;
  }

  public List<Filter> getFilters() {
    return filters;
  }

  public void setFilters(List<Filter> filters) {
    this.filters = filters;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    Test that = (Test) o;
    return Objects.equals(enable, that.enable)
        && Objects.equals(timeout, that.timeout)
        && Objects.equals(ignoreFailures, that.ignoreFailures)
        && Objects.equals(filters, that.filters);
  }

  @Override
  public int hashCode() {
    return Objects.hash(enable, timeout, ignoreFailures, filters);
  }
}
