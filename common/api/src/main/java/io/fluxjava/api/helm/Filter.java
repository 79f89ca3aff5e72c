package io.fluxjava.api.helm;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import java.util.Objects;

/** Selects Helm tests to run or skip. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class Filter {
  @Required
  @Size(min = 1, max = 253)
  @JsonPropertyDescription("Name of the test.")
  private String name;

  @JsonPropertyDescription("Skips the test instead of selecting it.")
  private Boolean exclude;

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Boolean getExclude() {
    return exclude;
  }

  public void setExclude(Boolean exclude) {
    this.exclude = exclude;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    Filter that = (Filter) o;
    return Objects.equals(name, that.name) && Objects.equals(exclude, that.exclude);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, exclude);
  }
}
