package io.fluxjava.api.meta;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;
import java.util.List;
import java.util.Objects;

/** JSON pointers to ignore on the selected objects when detecting drift. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class IgnoreRule {
  @Required
  @JsonPropertyDescription("JSON pointers to ignore.")
  private List<String> paths;

  @JsonPropertyDescription("The objects the rule applies to; all when empty.")
  private Selector target;

  public List<String> getPaths() {
    return paths;
  }

  public void setPaths(List<String> paths) {
    this.paths = paths;
  }

  public Selector getTarget() {
    return target;
  }

  public void setTarget(Selector target) {
    this.target = target;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    IgnoreRule that = (IgnoreRule) o;
    return Objects.equals(paths, that.paths) && Objects.equals(target, that.target);
  }

  @Override
  public int hashCode() {
    return Objects.hash(paths, target);
  }
}
