package io.fluxjava.source.git;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The keys of a GitRepository's {@code secretRef} Secret: HTTPS {@code username}/{@code password}
 * or {@code bearerToken}, TLS {@code ca.crt} (legacy {@code caFile}), {@code tls.crt}/{@code
 * tls.key}; SSH {@code identity}, {@code known_hosts} and the key's {@code password}.
 */
public record GitCredentials(
    String username,
    String password,
    String bearerToken,
    byte[] caCert,
    byte[] clientCert,
    byte[] clientKey,
    byte[] sshIdentity,
    byte[] knownHosts) {

  /** No Secret referenced. */
  public static final GitCredentials NONE =
      new GitCredentials(null, null, null, null, null, null, null, null);

  /** Reads the decoded {@code data} of a Secret. */
  public static GitCredentials fromSecretData(Map<String, byte[]> data) {
    byte[] ca = data.containsKey("ca.crt") ? data.get("ca.crt") : data.get("caFile");
    return new GitCredentials(
        text(data.get("username")),
        text(data.get("password")),
        text(data.get("bearerToken")),
        ca,
        data.get("tls.crt"),
        data.get("tls.key"),
        data.get("identity"),
        data.get("known_hosts"));
  }

  boolean hasBasicAuth() {
    return username != null && !username.isEmpty();
  }

  boolean hasBearerToken() {
    return bearerToken != null && !bearerToken.isEmpty();
  }

  boolean hasTlsMaterial() {
    return caCert != null || (clientCert != null && clientKey != null);
  }

  private static String text(byte[] value) {
    return value == null ? null : new String(value, StandardCharsets.UTF_8).strip();
  }

  // Keys and passwords must never reach logs.
  @Override
  public String toString() {
    return "GitCredentials[redacted]";
  }
}
