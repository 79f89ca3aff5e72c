package io.fluxjava.api.helm;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.Objects;

/** A post-renderer of Helm manifests. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class PostRenderer {
  @JsonPropertyDescription("Kustomize post-renderer.")
  private Kustomize kustomize;

  public Kustomize getKustomize() {
    return kustomize;
  }

  public void setKustomize(Kustomize kustomize) {
    this.kustomize = kustomize;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    PostRenderer that = (PostRenderer) o;
    return Objects.equals(kustomize, that.kustomize);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kustomize);
  }
}
