package io.fluxjava.api.source;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.kubernetes.api.model.Condition;
import io.fluxjava.api.meta.Artifact;
import java.util.List;
import java.util.Objects;

/** Observed state of an ExternalArtifact, written by its producer. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class ExternalArtifactStatus {
  @JsonPropertyDescription("The produced artifact.")
  private Artifact artifact;

  @JsonPropertyDescription("Conditions of the ExternalArtifact.")
  private List<Condition> conditions;

  public Artifact getArtifact() {
    return artifact;
  }

  public void setArtifact(Artifact artifact) {
    this.artifact = artifact;
  }

  public List<Condition> getConditions() {
    return conditions;
  }

  public void setConditions(List<Condition> conditions) {
    this.conditions = conditions;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    ExternalArtifactStatus that = (ExternalArtifactStatus) o;
    return Objects.equals(artifact, that.artifact) && Objects.equals(conditions, that.conditions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(artifact, conditions);
  }
}
