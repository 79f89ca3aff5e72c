package io.fluxjava.api.source;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fluxjava.api.meta.NamespacedObjectKindReference;
import java.util.Objects;

/** Desired state of an ExternalArtifact. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class ExternalArtifactSpec {
  @JsonPropertyDescription("The object that produced the artifact.")
  private NamespacedObjectKindReference sourceRef;

  public NamespacedObjectKindReference getSourceRef() {
    return sourceRef;
  }

  public void setSourceRef(NamespacedObjectKindReference sourceRef) {
    this.sourceRef = sourceRef;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    ExternalArtifactSpec that = (ExternalArtifactSpec) o;
    return Objects.equals(sourceRef, that.sourceRef);
  }

  @Override
  public int hashCode() {
    return Objects.hash(sourceRef);
  }
}
