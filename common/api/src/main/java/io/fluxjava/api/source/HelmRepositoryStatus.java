package io.fluxjava.api.source;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fluxjava.api.ReconcileStatus;
import io.fluxjava.api.meta.Artifact;
import java.util.Objects;

/** Observed state of a HelmRepository. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class HelmRepositoryStatus extends ReconcileStatus {
  @JsonPropertyDescription("Address of the repository index.")
  private String url;

  @JsonPropertyDescription("The last stored index.")
  private Artifact artifact;

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
    HelmRepositoryStatus that = (HelmRepositoryStatus) o;
    return super.equals(o)
        && Objects.equals(url, that.url)
        && Objects.equals(artifact, that.artifact);
  }

  @Override
  public int hashCode() {
    return Objects.hash(super.hashCode(), url, artifact);
  }
}
