package io.fluxjava.source.storage;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/** The digest algorithms {@code --artifact-digest-algo} accepts that the JDK can compute. */
public enum DigestAlgorithm {
  SHA256("sha256", "SHA-256"),
  SHA384("sha384", "SHA-384"),
  SHA512("sha512", "SHA-512");

  private final String prefix;
  private final String jcaName;

  DigestAlgorithm(String prefix, String jcaName) {
    this.prefix = prefix;
    this.jcaName = jcaName;
  }

  /** Parses a flag value such as {@code sha256}. */
  public static DigestAlgorithm fromFlag(String value) {
    String wanted = value.toLowerCase(Locale.ROOT);
    for (DigestAlgorithm algorithm : values()) {
      if (algorithm.prefix.equals(wanted)) {
        return algorithm;
      }
    }
    throw new IllegalArgumentException("unsupported artifact digest algorithm '" + value + "'");
  }

  /** The algorithm a formatted digest such as {@code sha256:<hex>} was made with. */
  public static DigestAlgorithm ofDigest(String digest) {
    int colon = digest.indexOf(':');
    if (colon < 0) {
      throw new IllegalArgumentException("digest '" + digest + "' has no algorithm prefix");
    }
    return fromFlag(digest.substring(0, colon));
  }

  /** A fresh digester for this algorithm. */
  public MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance(jcaName);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(jcaName + " is part of every JDK", e);
    }
  }

  /** Formats a finished digest as {@code <algorithm>:<hex>}. */
  public String format(byte[] digest) {
    return prefix + ":" + HexFormat.of().formatHex(digest);
  }
}
