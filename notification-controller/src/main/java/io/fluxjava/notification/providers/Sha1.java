package io.fluxjava.notification.providers;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Hex SHA-1: Bitbucket status keys (40 characters at most) and Matrix transaction ids. */
final class Sha1 {

  private Sha1() {}

  static String hex(String text) {
    return hex(text.getBytes(StandardCharsets.UTF_8));
  }

  static String hex(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-1 is part of every JDK", e);
    }
  }
}
