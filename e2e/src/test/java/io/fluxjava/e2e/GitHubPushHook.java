package io.fluxjava.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** What GitHub sends a webhook on a push: the JSON event signed with the hook's secret. */
final class GitHubPushHook {

  private static final String HMAC = "HmacSHA256";

  private final HttpClient http = HttpClient.newHttpClient();

  /** POSTs a {@code push} event for {@code commit} signed with {@code token}; the HTTP status. */
  int push(String url, String token, String repositoryUrl, String commit) {
    String body =
        """
        {"ref":"refs/heads/master","after":"%s","repository":{"clone_url":"%s"}}"""
            .formatted(commit, repositoryUrl);
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/json")
            .header("X-GitHub-Event", "push")
            .header("X-Hub-Signature-256", "sha256=" + hmac(token, body))
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    try {
      return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      throw new IllegalStateException("cannot reach the receiver at " + url, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String hmac(String key, String body) {
    try {
      Mac mac = Mac.getInstance(HMAC);
      mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), HMAC));
      return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
