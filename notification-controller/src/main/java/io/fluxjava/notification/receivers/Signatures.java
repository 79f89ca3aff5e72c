package io.fluxjava.notification.receivers;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC signatures of webhook bodies, compared in constant time. */
final class Signatures {

  private static final Map<String, String> MAC_BY_PREFIX =
      Map.of("sha1", "HmacSHA1", "sha256", "HmacSHA256", "sha512", "HmacSHA512");

  private Signatures() {}

  /** Hex HMAC of the body with the token as key. */
  static String hmacHex(String algorithm, String token, byte[] body) {
    try {
      Mac mac = Mac.getInstance(algorithm);
      mac.init(new SecretKeySpec(token.getBytes(StandardCharsets.UTF_8), algorithm));
      return HexFormat.of().formatHex(mac.doFinal(body));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException(algorithm + " is part of every JDK", e);
    }
  }

  /**
   * Verifies a {@code <algo>=<hex>} signature (sha1, sha256 or sha512) of the body.
   *
   * @throws WebhookRejectedException when missing, malformed or wrong
   */
  static void verifyPrefixed(String signature, String token, byte[] body, String header)
      throws WebhookRejectedException {
    int equals = signature.indexOf('=');
    if (signature.isEmpty() || equals < 0) {
      throw new WebhookRejectedException("missing or malformed " + header + " header");
    }
    String algorithm = MAC_BY_PREFIX.get(signature.substring(0, equals).toLowerCase(Locale.ROOT));
    if (algorithm == null) {
      throw new WebhookRejectedException("unsupported signature algorithm in " + header);
    }
    String expected = hmacHex(algorithm, token, body);
    if (!constantTimeEquals(expected, signature.substring(equals + 1).toLowerCase(Locale.ROOT))) {
      throw new WebhookRejectedException("the " + header + " signature is invalid");
    }
  }

  /** Compares secrets without leaking where they differ through timing. */
  static boolean constantTimeEquals(String expected, String actual) {
    return MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.UTF_8), actual.getBytes(StandardCharsets.UTF_8));
  }
}
