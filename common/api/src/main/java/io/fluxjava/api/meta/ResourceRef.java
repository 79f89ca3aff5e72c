package io.fluxjava.api.meta;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;
import java.util.Objects;

/** One object applied by a Kustomization or HelmRelease. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class ResourceRef {
  @Required
  @JsonPropertyDescription("Object id as <namespace>_<name>_<group>_<kind>.")
  private String id;

  @Required
  @JsonPropertyDescription("API version of the object.")
  private String v;

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getV() {
    return v;
  }

  public void setV(String v) {
    this.v = v;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    ResourceRef that = (ResourceRef) o;
    return Objects.equals(id, that.id) && Objects.equals(v, that.v);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, v);
  }
}
