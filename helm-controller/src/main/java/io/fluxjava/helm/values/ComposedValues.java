package io.fluxjava.helm.values;

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
}
