package io.fluxjava.source.git;

/**
 * {@code spec.ref} of a GitRepository. Precedence is upstream's: commit, then name, then semver,
 * then tag, then branch; nothing set means branch {@code master}. A commit may come with a branch.
 */
public record GitReference(String branch, String tag, String semver, String name, String commit) {

  /** The branch used when no reference is given. */
  public static final String DEFAULT_BRANCH = "master";

  /** A reference to the tip of a branch. */
  public static GitReference ofBranch(String branch) {
    return new GitReference(branch, null, null, null, null);
  }

  /** A reference to a tag. */
  public static GitReference ofTag(String tag) {
    return new GitReference(null, tag, null, null, null);
  }

  /** The highest tag matching a semver range. */
  public static GitReference ofSemver(String range) {
    return new GitReference(null, null, range, null, null);
  }

  /** A full reference name such as {@code refs/pull/1/head}. */
  public static GitReference ofName(String name) {
    return new GitReference(null, null, null, name, null);
  }

  /** A commit, optionally on a branch. */
  public static GitReference ofCommit(String commit, String branch) {
    return new GitReference(branch, null, null, null, commit);
  }

  boolean hasCommit() {
    return isSet(commit);
  }

  boolean hasName() {
    return isSet(name);
  }

  boolean hasSemver() {
    return isSet(semver);
  }

  boolean hasTag() {
    return isSet(tag);
  }

  /** The branch to fetch: the given one or {@code master}. */
  String branchOrDefault() {
    return isSet(branch) ? branch : DEFAULT_BRANCH;
  }

  private static boolean isSet(String value) {
    return value != null && !value.isEmpty();
  }
}
