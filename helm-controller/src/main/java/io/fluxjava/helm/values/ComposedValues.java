package io.fluxjava.helm.values;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * The user-supplied values of a release and their digests: a change of any referenced content
 * changes the digests, which is what triggers an upgrade.
 */
public record ComposedValues(Map<String, Object> values) {

  private static final ObjectMapper CANONICAL =
      new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

  /** {@code sha256:<hex>} of the values ({@code status.lastAttemptedConfigDigest}). */
  public String configDigest() {
    return "sha256:" + hash("SHA-256");
  }

  /** Hex SHA-1 of the values (the deprecated {@code status.lastAttemptedValuesChecksum}). */
  public String checksum() {
    return hash("SHA-1");
  }

  private String hash(String algorithm) {
    try {
      byte[] json = CANONICAL.writeValueAsString(values).getBytes(StandardCharsets.UTF_8);
      return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(json));
    } catch (JsonProcessingException | NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
