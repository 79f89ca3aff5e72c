package io.fluxjava.api.source;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fluxjava.api.ReconcileStatus;
import io.fluxjava.api.meta.Artifact;
import java.util.Objects;

/** Observed state of an OCIRepository. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class OCIRepositoryStatus extends ReconcileStatus {
  @JsonPropertyDescription("Address of the latest artifact.")
  private String url;

  @JsonPropertyDescription("The last stored artifact.")
  private Artifact artifact;

  @JsonPropertyDescription("The ignore patterns used for the last artifact.")
  private String observedIgnore;

  @JsonPropertyDescription("The layer selector used for the last artifact.")
  private OCILayerSelector observedLayerSelector;

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }

  public Artifact getArtifact() {
    return artifact;
  }

  public void setArtifact(Artifact artifact) {
    this.artifact = artifact;
  }

  public String getObservedIgnore() {
    return observedIgnore;
  }

  public void setObservedIgnore(String observedIgnore) {
    this.observedIgnore = observedIgnore;
  }

  public OCILayerSelector getObservedLayerSelector() {
    return observedLayerSelector;
  }

  public void setObservedLayerSelector(OCILayerSelector observedLayerSelector) {
    this.observedLayerSelector = observedLayerSelector;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    OCIRepositoryStatus that = (OCIRepositoryStatus) o;
    return super.equals(o)
        && Objects.equals(url, that.url)
        && Objects.equals(artifact, that.artifact)
        && Objects.equals(observedIgnore, that.observedIgnore)
        && Objects.equals(observedLayerSelector, that.observedLayerSelector);
  }

  @Override
  public int hashCode() {
    return Objects.hash(super.hashCode(), url, artifact, observedIgnore, observedLayerSelector);
  }
}
