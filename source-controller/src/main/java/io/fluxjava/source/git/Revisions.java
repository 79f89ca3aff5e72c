package io.fluxjava.source.git;

import org.eclipse.jgit.lib.ObjectId;

/** Upstream's Git revision strings: {@code <label>@sha1:<hex>}, or {@code sha1:<hex>}. */
public final class Revisions {

  private static final String SHA1_PREFIX = "sha1:";

  private Revisions() {}

  /** Formats a revision; {@code label} is a branch, tag or full ref name, or null. */
  public static String format(String label, ObjectId commit) {
    String digest = SHA1_PREFIX + commit.name();
    return label == null ? digest : label + "@" + digest;
  }

  /** The commit hex of a revision string (also accepts legacy {@code <ref>/<hex>} and bare hex). */
  public static String commitOf(String revision) {
    int at = revision.lastIndexOf('@');
    String digest = at < 0 ? revision : revision.substring(at + 1);
    if (digest.startsWith(SHA1_PREFIX)) {
      return digest.substring(SHA1_PREFIX.length());
    }
    int slash = digest.lastIndexOf('/');
    return slash < 0 ? digest : digest.substring(slash + 1);
  }
}
