package io.fluxjava.api.notification;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import java.util.Map;
import java.util.Objects;

/** Flux objects an Alert listens to or a Receiver reconciles. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class CrossNamespaceObjectReference {
  @JsonPropertyDescription("API version of the referent.")
  private String apiVersion;

  @Required
  @JsonPropertyDescription("Kind of the referent.")
  private EventSourceKind kind;

  @Required
  @Size(min = 1, max = 253)
  @JsonPropertyDescription("Name of the referent; '*' for all.")
  private String name;

  @Size(min = 1, max = 253)
  @JsonPropertyDescription("Namespace of the referent; '*' for all.")
  private String namespace;

  @JsonPropertyDescription("Labels the referents must carry; requires name '*'.")
  private Map<String, String> matchLabels;

  public String getApiVersion() {
    return apiVersion;
  }

  public void setApiVersion(String apiVersion) {
    this.apiVersion = apiVersion;
  }

  public EventSourceKind getKind() {
    return kind;
  }

  public void setKind(EventSourceKind kind) {
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

  public Map<String, String> getMatchLabels() {
    return matchLabels;
  }

  public void setMatchLabels(Map<String, String> matchLabels) {
    this.matchLabels = matchLabels;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    CrossNamespaceObjectReference that = (CrossNamespaceObjectReference) o;
    return Objects.equals(apiVersion, that.apiVersion)
        && Objects.equals(kind, that.kind)
        && Objects.equals(name, that.name)
        && Objects.equals(namespace, that.namespace)
        && Objects.equals(matchLabels, that.matchLabels);
  }

  @Override
  public int hashCode() {
    return Objects.hash(apiVersion, kind, name, namespace, matchLabels);
  }
}
