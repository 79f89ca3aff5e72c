package io.fluxjava.api.source;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fluxjava.api.ReconcileStatus;
import io.fluxjava.api.meta.Artifact;
import java.util.List;
import java.util.Objects;

/** Observed state of a GitRepository. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class GitRepositoryStatus extends ReconcileStatus {
  @JsonPropertyDescription("The last stored artifact.")
  private Artifact artifact;

  @JsonPropertyDescription("Artifacts of the included GitRepositories.")
  private List<Artifact> includedArtifacts;

  @JsonPropertyDescription("The ignore patterns used for the last artifact.")
  private String observedIgnore;

  @JsonPropertyDescription("The submodule setting used for the last artifact.")
  private Boolean observedRecurseSubmodules;

  @JsonPropertyDescription("The include settings used for the last artifact.")
  private List<GitRepositoryInclude> observedInclude;

  @JsonPropertyDescription("The sparse checkout directories used for the last artifact.")
  private List<String> observedSparseCheckout;

  @JsonPropertyDescription("The verification mode used for the last artifact.")
  private GitVerificationMode sourceVerificationMode;

  public Artifact getArtifact() {
    return artifact;
  }

  public void setArtifact(Artifact artifact) {
    this.artifact = artifact;
  }

  public List<Artifact> getIncludedArtifacts() {
    return includedArtifacts;
  }

  public void setIncludedArtifacts(List<Artifact> includedArtifacts) {
    this.includedArtifacts = includedArtifacts;
  }

  public String getObservedIgnore() {
    return observedIgnore;
  }

  public void setObservedIgnore(String observedIgnore) {
    this.observedIgnore = observedIgnore;
  }

  public Boolean getObservedRecurseSubmodules() {
    return observedRecurseSubmodules;
  }

  public void setObservedRecurseSubmodules(Boolean observedRecurseSubmodules) {
    this.observedRecurseSubmodules = observedRecurseSubmodules;
  }

  public List<GitRepositoryInclude> getObservedInclude() {
    return observedInclude;
  }

  public void setObservedInclude(List<GitRepositoryInclude> observedInclude) {
    this.observedInclude = observedInclude;
  }

  public List<String> getObservedSparseCheckout() {
    return observedSparseCheckout;
  }

  public void setObservedSparseCheckout(List<String> observedSparseCheckout) {
    this.observedSparseCheckout = observedSparseCheckout;
  }

  public GitVerificationMode getSourceVerificationMode() {
    return sourceVerificationMode;
  }

  public void setSourceVerificationMode(GitVerificationMode sourceVerificationMode) {
    this.sourceVerificationMode = sourceVerificationMode;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    GitRepositoryStatus that = (GitRepositoryStatus) o;
    return super.equals(o)
        && Objects.equals(artifact, that.artifact)
        && Objects.equals(includedArtifacts, that.includedArtifacts)
        && Objects.equals(observedIgnore, that.observedIgnore)
        && Objects.equals(observedRecurseSubmodules, that.observedRecurseSubmodules)
        && Objects.equals(observedInclude, that.observedInclude)
        && Objects.equals(observedSparseCheckout, that.observedSparseCheckout)
        && Objects.equals(sourceVerificationMode, that.sourceVerificationMode);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        super.hashCode(),
        artifact,
        includedArtifacts,
        observedIgnore,
        observedRecurseSubmodules,
        observedInclude,
        observedSparseCheckout,
        sourceVerificationMode);
  }
}
