package io.fluxjava.api.helm;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fluxjava.api.meta.Durations;
import java.util.Objects;

/** Failure handling strategy of an install or upgrade. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class ActionStrategy {
  @Required
  @JsonPropertyDescription("Strategy name.")
  private ActionStrategyName name;

  @Pattern(Durations.PATTERN)
  @JsonPropertyDescription("Time between retries with RetryOnFailure; 5m by default.")
  private String retryInterval;

  public ActionStrategyName getName() {
    return name;
  }

  public void setName(ActionStrategyName name) {
    this.name = name;
  }

  public String getRetryInterval() {
    return retryInterval;
  }

  public void setRetryInterval(String retryInterval) {
    this.retryInterval = retryInterval;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    ActionStrategy that = (ActionStrategy) o;
    return Objects.equals(name, that.name) && Objects.equals(retryInterval, that.retryInterval);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, retryInterval);
  }
}
