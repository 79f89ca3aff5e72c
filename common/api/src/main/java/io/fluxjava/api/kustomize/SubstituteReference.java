package io.fluxjava.api.kustomize;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Required;
import java.util.Objects;

/** A ConfigMap or Secret whose data are post-build variables. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class SubstituteReference {
  @Required
  @JsonPropertyDescription("Kind of the referent.")
  private SubstituteReferenceKind kind;

  @Required
  @JsonPropertyDescription("Name of the referent, in the Kustomization namespace.")
  private String name;

  @Default("false")
  @JsonPropertyDescription("Whether a missing referent is tolerated.")
  private Boolean optional;

  public SubstituteReferenceKind getKind() {
    return kind;
  }

  public void setKind(SubstituteReferenceKind kind) {
    this.kind = kind;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Boolean getOptional() {
    return optional;
  }

  public void setOptional(Boolean optional) {
    this.optional = optional;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    SubstituteReference that = (SubstituteReference) o;
    return Objects.equals(kind, that.kind)
        && Objects.equals(name, that.name)
        && Objects.equals(optional, that.optional);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, name, optional);
  }
}
