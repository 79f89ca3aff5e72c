package io.fluxjava.api.source;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.Objects;

/** The OCI artifact to pull; digest > semver > tag. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class OCIRepositoryRef {
  @JsonPropertyDescription("Image digest.")
  private String digest;

  @JsonPropertyDescription("Semver range for tags.")
  private String semver;

  @JsonPropertyDescription("Regular expression filtering tags before the semver range is applied.")
  private String semverFilter;

  @JsonPropertyDescription("Image tag; latest when nothing is set.")
  private String tag;

  public String getDigest() {
    return digest;
  }

  public void setDigest(String digest) {
    this.digest = digest;
  }

  public String getSemver() {
    return semver;
  }

  public void setSemver(String semver) {
    this.semver = semver;
  }

  public String getSemverFilter() {
    return semverFilter;
  }

  public void setSemverFilter(String semverFilter) {
    this.semverFilter = semverFilter;
  }

  public String getTag() {
    return tag;
  }

  public void setTag(String tag) {
    this.tag = tag;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    OCIRepositoryRef that = (OCIRepositoryRef) o;
    return Objects.equals(digest, that.digest)
        && Objects.equals(semver, that.semver)
        && Objects.equals(semverFilter, that.semverFilter)
        && Objects.equals(tag, that.tag);
  }

  @Override
  public int hashCode() {
    return Objects.hash(digest, semver, semverFilter, tag);
  }
}
