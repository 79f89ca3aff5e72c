package io.fluxjava.api.meta;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;
import java.util.Objects;

/** A strategic merge or JSON 6902 patch applied to the selected objects. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class Patch {
  @Required
  @JsonPropertyDescription("The patch, as YAML or JSON.")
  private String patch;

  @JsonPropertyDescription("The objects to patch.")
  private Selector target;

  public String getPatch() {
    return patch;
  }

  public void setPatch(String patch) {
    this.patch = patch;
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
    Patch that = (Patch) o;
    return Objects.equals(patch, that.patch) && Objects.equals(target, that.target);
  }

  @Override
  public int hashCode() {
    return Objects.hash(patch, target);
  }
}
