package io.fluxjava.notification.providers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * The HTTP client of one Provider: its proxy, custom CA and timeout. Failures are classified for
 * the dispatcher's retry policy; error messages name the host only, since paths and queries of
 * webhook URLs often are the secret.
 */
public final class HttpSender {

  /** JSON media type sent with every payload. */
  public static final String JSON = "application/json";

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

  private final HttpClient client;
  private final Duration timeout;

  public HttpSender(ProviderSettings settings) {
    HttpClient.Builder builder =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(
                CONNECT_TIMEOUT.compareTo(settings.timeout()) < 0
                    ? CONNECT_TIMEOUT
                    : settings.timeout());
    if (!settings.proxy().isEmpty()) {
      URI proxy = URI.create(settings.proxy());
      int port = proxy.getPort() > 0 ? proxy.getPort() : 80;
      builder.proxy(ProxySelector.of(new InetSocketAddress(proxy.getHost(), port)));
    }
    if (settings.sslContext() != null) {
      builder.sslContext(settings.sslContext());
    }
    this.client = builder.build();
    this.timeout = settings.timeout();
  }

  /** Serialises a payload the way every provider sends it. */
  public static byte[] toJson(Object payload) {
    try {
      return MAPPER.writeValueAsBytes(payload);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("payload is not serialisable", e);
    }
  }

  /** POSTs the payload as JSON with the given headers. */
  public String postJson(String url, Object payload, Map<String, String> headers)
      throws NotificationException {
    return send("POST", url, toJson(payload), headers);
  }

  /** Sends a request with a JSON body (null for none); returns the response body on 2xx. */
  public String send(String method, String url, byte[] body, Map<String, String> headers)
      throws NotificationException {
    URI uri = parse(url);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(timeout)
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body));
    if (body != null) {
      request.header("Content-Type", JSON);
    }
    headers.forEach(request::setHeader);
    HttpResponse<String> response;
    try {
      response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new NotificationException(
          "request to " + uri.getHost() + " failed: " + e.getClass().getSimpleName(), true, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new NotificationException("interrupted", false, e);
    }
    int status = response.statusCode();
    if (status >= 200 && status < 300) {
      return response.body();
    }
    boolean retryable = status >= 500 || status == 429;
    throw new NotificationException(
        "request to " + uri.getHost() + " failed with status " + status, retryable);
  }

  private static URI parse(String url) throws NotificationException {
    try {
      URI uri = URI.create(url);
      if (uri.getScheme() == null || uri.getHost() == null) {
        throw new IllegalArgumentException("not absolute");
      }
      return uri;
    } catch (IllegalArgumentException e) {
      throw new NotificationException("invalid address", false, e);
    }
  }
}
