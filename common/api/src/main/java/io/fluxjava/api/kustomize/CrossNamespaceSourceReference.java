package io.fluxjava.api.kustomize;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;
import java.util.Objects;

/** The source a Kustomization takes its manifests from. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class CrossNamespaceSourceReference {
  @JsonPropertyDescription("API version of the source.")
  private String apiVersion;

  @Required
  @JsonPropertyDescription("Kind of the source.")
  private KustomizationSourceKind kind;

  @Required
  @JsonPropertyDescription("Name of the source.")
  private String name;

  @JsonPropertyDescription("Namespace of the source; defaults to the Kustomization namespace.")
  private String namespace;

  public String getApiVersion() {
    return apiVersion;
  }

  public void setApiVersion(String apiVersion) {
    this.apiVersion = apiVersion;
  }

  public KustomizationSourceKind getKind() {
    return kind;
  }

  public void setKind(KustomizationSourceKind kind) {
    this.kind = kind;
  }

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

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    CrossNamespaceSourceReference that = (CrossNamespaceSourceReference) o;
    return Objects.equals(apiVersion, that.apiVersion)
        && Objects.equals(kind, that.kind)
        && Objects.equals(name, that.name)
        && Objects.equals(namespace, that.namespace);
  }

  @Override
  public int hashCode() {
    return Objects.hash(apiVersion, kind, name, namespace);
  }
}
