package io.fluxjava.helm.values;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The user-supplied values of a release and their digests: a change of any referenced content
 * changes the digests, which is what triggers an upgrade.
 */
public record ComposedValues(Map<String, Object> values) {

  /** {@code sha256:<hex>} of the values ({@code status.lastAttemptedConfigDigest}). */
  public String configDigest() {
    return Digests.sha256(values);
  }

  /** Hex SHA-1 of the values (the deprecated {@code status.lastAttemptedValuesChecksum}). */
  public String checksum() {
    return Digests.hex(values, "SHA-1");
  }

  /**
   * These values merged over a previous revision's config ({@code upgrade.preserveValues}, Helm's
   * reuse-values); merging again over the result gives the same values, so the digest stays put.
   */
  public ComposedValues over(Map<String, Object> previous) {
    Map<String, Object> merged = new LinkedHashMap<>(previous);
    ValuesMerger.mergeInto(merged, values);
    return new ComposedValues(merged);
  }
}
