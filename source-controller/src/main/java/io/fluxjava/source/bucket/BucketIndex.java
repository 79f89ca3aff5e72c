package io.fluxjava.source.bucket;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The object index of a bucket (key → etag, sorted by key); its sha256 over {@code "<key>
 * <etag>\n"} lines is the Bucket revision, as upstream computes it.
 */
final class BucketIndex {

  private final SortedMap<String, String> entries = new TreeMap<>();

  void add(String key, String etag) {
    entries.put(key, etag);
  }

  Map<String, String> entries() {
    return entries;
  }

  int size() {
    return entries.size();
  }

  /** {@code sha256:<hex>}. */
  String revision() {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (Map.Entry<String, String> entry : entries.entrySet()) {
        digest.update(
            (entry.getKey() + " " + entry.getValue() + "\n").getBytes(StandardCharsets.UTF_8));
      }
      return "sha256:" + HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
