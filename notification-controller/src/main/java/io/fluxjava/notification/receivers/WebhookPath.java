package io.fluxjava.notification.receivers;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The secret URL path of a Receiver: {@code /hook/<hex sha256(token + name + namespace)>}. */
public final class WebhookPath {

  /** Prefix of every webhook path. */
  public static final String PREFIX = "/hook/";

  private WebhookPath() {}

  public static String of(String token, String name, String namespace) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest((token + name + namespace).getBytes(StandardCharsets.UTF_8));
      return PREFIX + HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
