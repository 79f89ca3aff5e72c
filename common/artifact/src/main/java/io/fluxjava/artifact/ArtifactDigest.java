package io.fluxjava.artifact;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

/**
 * An expected artifact digest as written in {@code status.artifact.digest}: {@code
 * <algorithm>:<hex>}; a bare hex string is taken as sha256, as upstream's consumers do.
 */
public record ArtifactDigest(String algorithm, String hex) {

  private static final Map<String, String> JCA_NAMES =
      Map.of("sha256", "SHA-256", "sha384", "SHA-384", "sha512", "SHA-512");

  public ArtifactDigest {
    algorithm = algorithm.toLowerCase(Locale.ROOT);
    hex = hex.toLowerCase(Locale.ROOT);
    if (!JCA_NAMES.containsKey(algorithm)) {
      throw new IllegalArgumentException("unsupported digest algorithm '" + algorithm + "'");
    }
  }

  /** Parses {@code sha256:<hex>} (or bare hex). */
  public static ArtifactDigest parse(String digest) {
    int colon = digest.indexOf(':');
    return colon < 0
        ? new ArtifactDigest("sha256", digest)
        : new ArtifactDigest(digest.substring(0, colon), digest.substring(colon + 1));
  }

  /** A fresh digester of this digest's algorithm. */
  public MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance(JCA_NAMES.get(algorithm));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has " + algorithm, e);
    }
  }

  /** Whether a computed digest equals this one. */
  public boolean matches(byte[] computed) {
    return HexFormat.of().formatHex(computed).equals(hex);
  }

  @Override
  public String toString() {
    return algorithm + ":" + hex;
  }
}
