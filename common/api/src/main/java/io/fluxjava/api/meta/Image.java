package io.fluxjava.api.meta;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;
import java.util.Objects;

/** Overrides the name, tag or digest of a container image. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class Image {
  @Required
  @JsonPropertyDescription("Image name to match.")
  private String name;

  @JsonPropertyDescription("Replacement image name.")
  private String newName;

  @JsonPropertyDescription("Replacement tag.")
  private String newTag;

  @JsonPropertyDescription("Replacement digest; wins over newTag.")
  private String digest;

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getNewName() {
    return newName;
  }

  public void setNewName(String newName) {
    this.newName = newName;
  }

  public String getNewTag() {
    return newTag;
  }

  public void setNewTag(String newTag) {
    this.newTag = newTag;
  }

  public String getDigest() {
    return digest;
  }

  public void setDigest(String digest) {
    this.digest = digest;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    Image that = (Image) o;
    return Objects.equals(name, that.name)
        && Objects.equals(newName, that.newName)
        && Objects.equals(newTag, that.newTag)
        && Objects.equals(digest, that.digest);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, newName, newTag, digest);
  }
}
