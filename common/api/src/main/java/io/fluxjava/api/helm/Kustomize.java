package io.fluxjava.api.helm;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fluxjava.api.meta.Image;
import io.fluxjava.api.meta.Patch;
import java.util.List;
import java.util.Objects;

/** Kustomize post-renderer: patches and image overrides. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class Kustomize {
  @JsonPropertyDescription("Patches applied to the rendered manifests.")
  private List<Patch> patches;

  @JsonPropertyDescription("Image overrides.")
  private List<Image> images;

  public List<Patch> getPatches() {
    return patches;
  }

  public void setPatches(List<Patch> patches) {
    this.patches = patches;
  }

  public List<Image> getImages() {
    return images;
  }

  public void setImages(List<Image> images) {
    this.images = images;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    Kustomize that = (Kustomize) o;
    return Objects.equals(patches, that.patches) && Objects.equals(images, that.images);
  }

  @Override
  public int hashCode() {
    return Objects.hash(patches, images);
  }
}
