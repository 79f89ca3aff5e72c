package io.fluxjava.helm.values;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Hex digests of a value's JSON with map keys sorted, so equal content gives equal digests. */
public final class CanonicalDigest {

  private static final ObjectMapper CANONICAL =
      new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

  private CanonicalDigest() {}

  /** {@code sha256:<hex>} of the value's canonical JSON. */
  public static String sha256(Object value) {
    return "sha256:" + hex(value, "SHA-256");
  }

  /** The hex digest of the value's canonical JSON with {@code algorithm}. */
  static String hex(Object value, String algorithm) {
    try {
      // through a tree first: bean properties get sorted like map keys
      Object tree = CANONICAL.convertValue(value, Object.class);
      byte[] json = CANONICAL.writeValueAsString(tree).getBytes(StandardCharsets.UTF_8);
      return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(json));
    } catch (JsonProcessingException | NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
