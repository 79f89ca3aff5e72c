package io.fluxjava.helm.values;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA digests in hex: of text, and of a value's JSON with map keys sorted (equal content gives
 * equal digests).
 */
public final class Digests {

  private static final ObjectMapper CANONICAL =
      new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

  private Digests() {}

  /** The hex SHA-256 of the text's UTF-8 bytes. */
  public static String sha256Hex(String text) {
    return hex(text.getBytes(StandardCharsets.UTF_8), "SHA-256");
  }

  /** {@code sha256:<hex>} of the value's canonical JSON. */
  public static String sha256(Object value) {
    return "sha256:" + hex(value, "SHA-256");
  }

  /** The hex digest of the value's canonical JSON with {@code algorithm}. */
  static String hex(Object value, String algorithm) {
    try {
      // through a tree first: bean properties get sorted like map keys
      Object tree = CANONICAL.convertValue(value, Object.class);
      return hex(CANONICAL.writeValueAsString(tree).getBytes(StandardCharsets.UTF_8), algorithm);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String hex(byte[] bytes, String algorithm) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
