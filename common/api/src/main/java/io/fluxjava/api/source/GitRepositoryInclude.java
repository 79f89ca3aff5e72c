package io.fluxjava.api.source;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;
import io.fluxjava.api.meta.LocalObjectReference;
import java.util.Objects;

/** Another GitRepository whose artifact is copied into this one. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class GitRepositoryInclude {
  @Required
  @JsonPropertyDescription("The GitRepository to include.")
  private LocalObjectReference repository;

  @JsonPropertyDescription("Path in the included artifact to copy from.")
  private String fromPath;

  @JsonPropertyDescription("Path in this artifact to copy to; defaults to the repository name.")
  private String toPath;

  public LocalObjectReference getRepository() {
    return repository;
  }

  public void setRepository(LocalObjectReference repository) {
    this.repository = repository;
  }

  public String getFromPath() {
    return fromPath;
  }

  public void setFromPath(String fromPath) {
    this.fromPath = fromPath;
  }

  public String getToPath() {
    return toPath;
  }

  public void setToPath(String toPath) {
    this.toPath = toPath;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    GitRepositoryInclude that = (GitRepositoryInclude) o;
    return Objects.equals(repository, that.repository)
        && Objects.equals(fromPath, that.fromPath)
        && Objects.equals(toPath, that.toPath);
  }

  @Override
  public int hashCode() {
    return Objects.hash(repository, fromPath, toPath);
  }
}
