package io.fluxjava.source.git;

import org.eclipse.jgit.lib.ObjectId;

/**
 * What to fetch for a {@link GitReference}: the full ref name on the remote, the label that
 * prefixes the revision string ({@code main}, {@code v1.0.0}, {@code refs/pull/1/head}; null for a
 * bare commit) and, when pinned, the commit to check out.
 */
record RefTarget(String remoteRef, String label, String pinnedCommit) {

  /** Whether only the tip of {@link #remoteRef} is needed, so a depth-1 fetch suffices. */
  boolean allowsShallow() {
    return pinnedCommit == null;
  }

  /** The upstream revision string of a commit fetched for this target. */
  String revision(ObjectId commit) {
    return Revisions.format(label, commit);
  }
}
