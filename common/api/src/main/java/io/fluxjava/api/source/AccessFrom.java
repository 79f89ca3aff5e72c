package io.fluxjava.api.source;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;
import java.util.List;
import java.util.Objects;

/** Namespaces allowed to use a HelmRepository (not implemented upstream). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class AccessFrom {
  @Required
  @JsonPropertyDescription("Selectors of the allowed namespaces.")
  private List<NamespaceSelector> namespaceSelectors;

  public List<NamespaceSelector> getNamespaceSelectors() {
    return namespaceSelectors;
  }

  public void setNamespaceSelectors(List<NamespaceSelector> namespaceSelectors) {
    this.namespaceSelectors = namespaceSelectors;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    AccessFrom that = (AccessFrom) o;
    return Objects.equals(namespaceSelectors, that.namespaceSelectors);
  }

  @Override
  public int hashCode() {
    return Objects.hash(namespaceSelectors);
  }
}
