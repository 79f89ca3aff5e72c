package io.fluxjava.api.meta;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.Map;
import java.util.Objects;

/** Labels and annotations set on every applied object. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class CommonMetadata {
  @JsonPropertyDescription("Annotations to add.")
  private Map<String, String> annotations;

  @JsonPropertyDescription("Labels to add.")
  private Map<String, String> labels;

  public Map<String, String> getAnnotations() {
    return annotations;
  }

  public void setAnnotations(Map<String, String> annotations) {
    this.annotations = annotations;
  }

  public Map<String, String> getLabels() {
    return labels;
  }

  public void setLabels(Map<String, String> labels) {
    this.labels = labels;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    CommonMetadata that = (CommonMetadata) o;
    return Objects.equals(annotations, that.annotations) && Objects.equals(labels, that.labels);
  }

  @Override
  public int hashCode() {
    return Objects.hash(annotations, labels);
  }
}
