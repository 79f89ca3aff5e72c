package io.fluxjava.api.source;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fluxjava.api.ReconcileStatus;
import io.fluxjava.api.meta.Artifact;
import java.util.List;
import java.util.Objects;

/** Observed state of a HelmChart. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class HelmChartStatus extends ReconcileStatus {
  @JsonPropertyDescription("Revision of the source artifact the chart was built from.")
  private String observedSourceArtifactRevision;

  @JsonPropertyDescription("Name of the last built chart.")
  private String observedChartName;

  @JsonPropertyDescription("Values files used for the last artifact.")
  private List<String> observedValuesFiles;

  @JsonPropertyDescription("Address of the latest chart artifact.")
  private String url;

  @JsonPropertyDescription("The last stored chart package.")
  private Artifact artifact;

  public String getObservedSourceArtifactRevision() {
    return observedSourceArtifactRevision;
  }

  public void setObservedSourceArtifactRevision(String observedSourceArtifactRevision) {
    this.observedSourceArtifactRevision = observedSourceArtifactRevision;
  }

  public String getObservedChartName() {
    return observedChartName;
  }

  public void setObservedChartName(String observedChartName) {
    this.observedChartName = observedChartName;
  }

  public List<String> getObservedValuesFiles() {
    return observedValuesFiles;
  }

  public void setObservedValuesFiles(List<String> observedValuesFiles) {
    this.observedValuesFiles = observedValuesFiles;
  }

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

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    HelmChartStatus that = (HelmChartStatus) o;
    return super.equals(o)
        && Objects.equals(observedSourceArtifactRevision, that.observedSourceArtifactRevision)
        && Objects.equals(observedChartName, that.observedChartName)
        && Objects.equals(observedValuesFiles, that.observedValuesFiles)
        && Objects.equals(url, that.url)
        && Objects.equals(artifact, that.artifact);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        super.hashCode(),
        observedSourceArtifactRevision,
        observedChartName,
        observedValuesFiles,
        url,
        artifact);
  }
}
