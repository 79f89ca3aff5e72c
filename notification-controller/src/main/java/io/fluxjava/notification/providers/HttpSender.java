package io.fluxjava.notification.providers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.channel.ChannelOption;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import javax.net.ssl.SSLException;
import reactor.core.publisher.Mono;
import reactor.netty.ByteBufFlux;
import reactor.netty.http.client.HttpClient;
import reactor.netty.transport.ProxyProvider;

/**
 * The HTTP client of one Provider: its proxy, custom CA and timeout, on Reactor Netty's pooled
 * connections (cheap per request, so a busy Provider costs little CPU). Calls block the calling
 * dispatcher worker, never an event loop. Failures are classified for the dispatcher's retry
 * policy; error messages name the host only, since paths and queries of webhook URLs often are the
 * secret.
 */
public final class HttpSender {

  /** JSON media type sent with every payload. */
  public static final String JSON = "application/json";

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

  private final HttpClient client;
  private final Duration timeout;

  public HttpSender(ProviderSettings settings) {
    Duration connect =
        CONNECT_TIMEOUT.compareTo(settings.timeout()) < 0 ? CONNECT_TIMEOUT : settings.timeout();
    HttpClient configured =
        HttpClient.create()
            .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) connect.toMillis())
            .responseTimeout(settings.timeout());
    if (!settings.proxy().isEmpty()) {
      URI proxy = URI.create(settings.proxy());
      int port = proxy.getPort() > 0 ? proxy.getPort() : 80;
      configured =
          configured.proxy(
              spec -> spec.type(ProxyProvider.Proxy.HTTP).host(proxy.getHost()).port(port));
    }
    if (settings.trust() != null) {
      SslContext tls;
      try {
        tls = SslContextBuilder.forClient().trustManager(settings.trust()).build();
      } catch (SSLException e) {
        throw new IllegalArgumentException("invalid CA certificate", e);
      }
      configured = configured.secure(spec -> spec.sslContext(tls));
    }
    this.client = configured;
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
    Response response;
    try {
      response =
          client
              .headers(
                  h -> {
                    if (body != null) {
                      h.set("Content-Type", JSON);
                    }
                    headers.forEach(h::set);
                  })
              .request(HttpMethod.valueOf(method))
              .uri(uri)
              .send(body == null ? ByteBufFlux.empty() : ByteBufFlux.fromInbound(Mono.just(body)))
              .responseSingle(
                  (head, content) ->
                      content
                          .asString(StandardCharsets.UTF_8)
                          .defaultIfEmpty("")
                          .map(text -> new Response(head.status().code(), text)))
              // the response timeout covers waiting for headers; this bounds the whole exchange
              .block(timeout.plus(CONNECT_TIMEOUT));
    } catch (RuntimeException e) {
      throw new NotificationException(
          "request to " + uri.getHost() + " failed: " + describe(e), true, e);
    }
    if (response == null) {
      throw new NotificationException("request to " + uri.getHost() + " got no response", true);
    }
    int status = response.status();
    if (status >= 200 && status < 300) {
      return response.body();
    }
    boolean retryable = status >= 500 || status == 429;
    throw new NotificationException(
        "request to " + uri.getHost() + " failed with status " + status, retryable);
  }

  private record Response(int status, String body) {}

  // the exception's own message may quote the URL, so only its type is reported
  private static String describe(RuntimeException e) {
    Throwable cause =
        e.getCause() != null && e.getClass() == RuntimeException.class ? e.getCause() : e;
    return cause.getClass().getSimpleName();
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
