package io.fluxjava.api.helm;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;
import java.util.Objects;

/** Template of the HelmChart a HelmRelease creates. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class HelmChartTemplate {
  @JsonPropertyDescription("Metadata of the HelmChart.")
  private HelmChartTemplateObjectMeta metadata;

  @Required
  @JsonPropertyDescription("Spec of the HelmChart.")
  private HelmChartTemplateSpec spec;

  public HelmChartTemplateObjectMeta getMetadata() {
    return metadata;
  }

  public void setMetadata(HelmChartTemplateObjectMeta metadata) {
    this.metadata = metadata;
  }

  public HelmChartTemplateSpec getSpec() {
    return spec;
  }

  public void setSpec(HelmChartTemplateSpec spec) {
    this.spec = spec;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    HelmChartTemplate that = (HelmChartTemplate) o;
    return Objects.equals(metadata, that.metadata) && Objects.equals(spec, that.spec);
  }

  @Override
  public int hashCode() {
    return Objects.hash(metadata, spec);
  }
}
