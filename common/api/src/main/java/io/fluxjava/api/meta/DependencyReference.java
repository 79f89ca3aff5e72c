package io.fluxjava.api.meta;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;
import java.util.Objects;

/** A dependency of a Kustomization or HelmRelease on another object of the same kind. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class DependencyReference {
  @Required
  @JsonPropertyDescription("Name of the dependency.")
  private String name;

  @JsonPropertyDescription(
      "Namespace of the dependency; defaults to the namespace of the dependent object.")
  private String namespace;

  @JsonPropertyDescription("CEL expression that decides whether the dependency is ready.")
  private String readyExpr;

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getNamespace() {
    return namespace;
  }

  public void setNamespace(String namespace) {
    this.namespace = namespace;
  }

  public String getReadyExpr() {
    return readyExpr;
  }

  public void setReadyExpr(String readyExpr) {
    this.readyExpr = readyExpr;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    DependencyReference that = (DependencyReference) o;
    return Objects.equals(name, that.name)
        && Objects.equals(namespace, that.namespace)
        && Objects.equals(readyExpr, that.readyExpr);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, namespace, readyExpr);
  }
}
