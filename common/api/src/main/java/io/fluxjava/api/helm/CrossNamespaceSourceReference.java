package io.fluxjava.api.helm;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import java.util.Objects;

/** The OCIRepository, HelmChart or ExternalArtifact holding the chart of a HelmRelease. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class CrossNamespaceSourceReference {
  @JsonPropertyDescription("API version of the referent.")
  private String apiVersion;

  @Required
  @JsonPropertyDescription("Kind of the referent.")
  private ChartRefKind kind;

  @Required
  @Size(min = 1, max = 253)
  @JsonPropertyDescription("Name of the referent.")
  private String name;

  @Size(min = 1, max = 63)
  @JsonPropertyDescription("Namespace of the referent; defaults to the HelmRelease namespace.")
  private String namespace;

  public String getApiVersion() {
    return apiVersion;
  }

  public void setApiVersion(String apiVersion) {
    this.apiVersion = apiVersion;
  }

  public ChartRefKind getKind() {
    return kind;
  }

  public void setKind(ChartRefKind kind) {
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
