package io.fluxjava.source.helm;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A fetched, normalised repository index with its revision ({@code sha256:<hex>} of the normalised
 * bytes) and the size of the download.
 */
record IndexFetch(byte[] normalised, String revision, long downloadedSize) {

  /** Downloads the index through {@code client} and normalises it. */
  static IndexFetch from(ChartRepositoryClient client, long maxSize) throws IOException {
    byte[] raw = client.fetchIndex(maxSize);
    byte[] normalised;
    try {
      normalised = IndexNormaliser.normalise(raw);
    } catch (IOException e) {
      throw new IOException("failed to load Helm repository from index YAML: " + e.getMessage(), e);
    }
    return new IndexFetch(normalised, "sha256:" + sha256(normalised), raw.length);
  }

  /** The hex part of the revision, used in the file name {@code index-<hex>.yaml}. */
  String hex() {
    return revision.substring(revision.indexOf(':') + 1);
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
