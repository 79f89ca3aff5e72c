package io.fluxjava.api.meta;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import java.util.Map;
import java.util.Objects;

/** A file produced by a source, served over HTTP by source-controller. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class Artifact {
  @Required
  @JsonPropertyDescription("Path of the file relative to the storage root.")
  private String path;

  @Required
  @JsonPropertyDescription("HTTP address of the file.")
  private String url;

  @Required
  @JsonPropertyDescription("Human-readable revision of the source, e.g. main@sha1:<hex>.")
  private String revision;

  @Pattern("^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$")
  @JsonPropertyDescription("Digest of the file as <algorithm>:<hex>.")
  private String digest;

  @Required
  @JsonPropertyDescription("RFC 3339 time the artifact was last updated.")
  private String lastUpdateTime;

  @JsonPropertyDescription("Size of the file in bytes.")
  private Long size;

  @JsonPropertyDescription("Metadata of the artifact, e.g. OCI annotations.")
  private Map<String, String> metadata;

  public String getPath() {
    return path;
  }

  public void setPath(String path) {
    this.path = path;
  }

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }

  public String getRevision() {
    return revision;
  }

  public void setRevision(String revision) {
    this.revision = revision;
  }

  public String getDigest() {
    return digest;
  }

  public void setDigest(String digest) {
    this.digest = digest;
  }

  public String getLastUpdateTime() {
    return lastUpdateTime;
  }

  public void setLastUpdateTime(String lastUpdateTime) {
    this.lastUpdateTime = lastUpdateTime;
  }

  public Long getSize() {
    return size;
  }

  public void setSize(Long size) {
    this.size = size;
  }

  public Map<String, String> getMetadata() {
    return metadata;
  }

  public void setMetadata(Map<String, String> metadata) {
    this.metadata = metadata;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    Artifact that = (Artifact) o;
    return Objects.equals(path, that.path)
        && Objects.equals(url, that.url)
        && Objects.equals(revision, that.revision)
        && Objects.equals(digest, that.digest)
        && Objects.equals(lastUpdateTime, that.lastUpdateTime)
        && Objects.equals(size, that.size)
        && Objects.equals(metadata, that.metadata);
  }

  @Override
  public int hashCode() {
    return Objects.hash(path, url, revision, digest, lastUpdateTime, size, metadata);
  }
}
