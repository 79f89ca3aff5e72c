package io.fluxjava.api.meta;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.Objects;

/** Selects objects by group, version, kind, name, namespace and label or annotation selectors. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class Selector {
  @JsonPropertyDescription("API group.")
  private String group;

  @JsonPropertyDescription("API version.")
  private String version;

  @JsonPropertyDescription("Kind.")
  private String kind;

  @JsonPropertyDescription("Namespace.")
  private String namespace;

  @JsonPropertyDescription("Name.")
  private String name;

  @JsonPropertyDescription("Selector on annotations, in label selector syntax.")
  private String annotationSelector;

  @JsonPropertyDescription("Selector on labels.")
  private String labelSelector;

  public String getGroup() {
    return group;
  }

  public void setGroup(String group) {
    this.group = group;
  }

  public String getVersion() {
    return version;
  }

  public void setVersion(String version) {
    this.version = version;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getNamespace() {
    return namespace;
  }

  public void setNamespace(String namespace) {
    this.namespace = namespace;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getAnnotationSelector() {
    return annotationSelector;
  }

  public void setAnnotationSelector(String annotationSelector) {
    this.annotationSelector = annotationSelector;
  }

  public String getLabelSelector() {
    return labelSelector;
  }

  public void setLabelSelector(String labelSelector) {
    this.labelSelector = labelSelector;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    Selector that = (Selector) o;
    return Objects.equals(group, that.group)
        && Objects.equals(version, that.version)
        && Objects.equals(kind, that.kind)
        && Objects.equals(namespace, that.namespace)
        && Objects.equals(name, that.name)
        && Objects.equals(annotationSelector, that.annotationSelector)
        && Objects.equals(labelSelector, that.labelSelector);
  }

  @Override
  public int hashCode() {
    return Objects.hash(group, version, kind, namespace, name, annotationSelector, labelSelector);
  }
}
