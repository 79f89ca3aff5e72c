package io.fluxjava.notification.providers;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The value of an HTTP Basic {@code Authorization} header. */
final class BasicAuth {

  private BasicAuth() {}

  static String header(String username, String password) {
    String credentials = username + ":" + password;
    return "Basic "
        + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
  }
}
