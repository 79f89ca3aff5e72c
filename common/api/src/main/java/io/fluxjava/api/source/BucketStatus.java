package io.fluxjava.api.source;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fluxjava.api.ReconcileStatus;
import io.fluxjava.api.meta.Artifact;
import java.util.Objects;

/** Observed state of a Bucket. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class BucketStatus extends ReconcileStatus {
  @JsonPropertyDescription("Address of the latest artifact.")
  private String url;

  @JsonPropertyDescription("The last stored artifact.")
  private Artifact artifact;

  @JsonPropertyDescription("The ignore patterns used for the last artifact.")
  private String observedIgnore;

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

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    BucketStatus that = (BucketStatus) o;
    return super.equals(o)
        && Objects.equals(url, that.url)
        && Objects.equals(artifact, that.artifact)
        && Objects.equals(observedIgnore, that.observedIgnore);
  }

  @Override
  public int hashCode() {
    return Objects.hash(super.hashCode(), url, artifact, observedIgnore);
  }
}
