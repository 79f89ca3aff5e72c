package io.fluxjava.api.kustomize;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Variable substitution applied to the built manifests. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class PostBuild {
  @JsonPropertyDescription("When substitution runs; WithVariables by default.")
  private SubstituteStrategy substituteStrategy;

  @JsonPropertyDescription("Variables to substitute.")
  private Map<String, String> substitute;

  @JsonPropertyDescription("ConfigMaps and Secrets with more variables.")
  private List<SubstituteReference> substituteFrom;

  public SubstituteStrategy getSubstituteStrategy() {
    return substituteStrategy;
  }

  public void setSubstituteStrategy(SubstituteStrategy substituteStrategy) {
    this.substituteStrategy = substituteStrategy;
  }

  public Map<String, String> getSubstitute() {
    return substitute;
  }

  public void setSubstitute(Map<String, String> substitute) {
    this.substitute = substitute;
  }

  public List<SubstituteReference> getSubstituteFrom() {
    return substituteFrom;
  }

  public void setSubstituteFrom(List<SubstituteReference> substituteFrom) {
    this.substituteFrom = substituteFrom;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    PostBuild that = (PostBuild) o;
    return Objects.equals(substituteStrategy, that.substituteStrategy)
        && Objects.equals(substitute, that.substitute)
        && Objects.equals(substituteFrom, that.substituteFrom);
  }

  @Override
  public int hashCode() {
    return Objects.hash(substituteStrategy, substitute, substituteFrom);
  }
}
