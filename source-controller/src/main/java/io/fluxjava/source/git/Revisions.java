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
}
