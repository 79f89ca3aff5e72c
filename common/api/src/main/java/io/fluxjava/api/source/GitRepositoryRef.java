package io.fluxjava.api.source;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.Objects;

/** The Git reference to check out; commit > name > semver > tag > branch. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class GitRepositoryRef {
  @JsonPropertyDescription("Branch to check out; master when nothing is set.")
  private String branch;

  @JsonPropertyDescription("Tag to check out.")
  private String tag;

  @JsonPropertyDescription("Semver range; the highest matching tag is checked out.")
  private String semver;

  @JsonPropertyDescription("Full Git reference, e.g. refs/pull/1/head.")
  private String name;

  @JsonPropertyDescription("Commit SHA; may be combined with branch.")
  private String commit;

  public String getBranch() {
    return branch;
  }

  public void setBranch(String branch) {
    this.branch = branch;
  }

  public String getTag() {
    return tag;
  }

  public void setTag(String tag) {
    this.tag = tag;
  }

  public String getSemver() {
    return semver;
  }

  public void setSemver(String semver) {
    this.semver = semver;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getCommit() {
    return commit;
  }

  public void setCommit(String commit) {
    this.commit = commit;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    GitRepositoryRef that = (GitRepositoryRef) o;
    return Objects.equals(branch, that.branch)
        && Objects.equals(tag, that.tag)
        && Objects.equals(semver, that.semver)
        && Objects.equals(name, that.name)
        && Objects.equals(commit, that.commit);
  }

  @Override
  public int hashCode() {
    return Objects.hash(branch, tag, semver, name, commit);
  }
}
