package io.fluxjava.source.git;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * {@code spec.proxySecretRef}: keys {@code address} (required), {@code username}, {@code password}.
 */
public record ProxySettings(URI address, String username, String password) {

  /** Reads the decoded {@code data} of the proxy Secret. */
  public static ProxySettings fromSecretData(Map<String, byte[]> data) {
    byte[] address = data.get("address");
    if (address == null || address.length == 0) {
      throw new IllegalArgumentException("invalid proxy secret: key 'address' is missing");
    }
    String addressText = new String(address, StandardCharsets.UTF_8).strip();
    return new ProxySettings(
        URI.create(addressText.contains("://") ? addressText : "http://" + addressText),
        text(data.get("username")),
        text(data.get("password")));
  }

  boolean hasCredentials() {
    return username != null && !username.isEmpty();
  }

  int portOrDefault() {
    if (address.getPort() > 0) {
      return address.getPort();
    }
    return "https".equals(address.getScheme()) ? 443 : 80;
  }

  private static String text(byte[] value) {
    return value == null ? null : new String(value, StandardCharsets.UTF_8).strip();
  }

  @Override
  public String toString() {
    return "ProxySettings[" + address + "]";
  }
}
