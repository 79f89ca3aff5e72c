package io.fluxjava.source.oci;

/**
 * What an OCIRepository's {@code ref} points to now: the reference pulled (a tag or a digest) and
 * the revision upstream writes ({@code <tag>@sha256:<hex>}, or {@code sha256:<hex>} for digest
 * references).
 */
record ResolvedArtifact(String reference, String digest, String revision) {

  static ResolvedArtifact ofTag(String tag, String digest) {
    return new ResolvedArtifact(tag, digest, tag + "@" + digest);
  }

  static ResolvedArtifact ofDigest(String digest) {
    return new ResolvedArtifact(digest, digest, digest);
  }
}
