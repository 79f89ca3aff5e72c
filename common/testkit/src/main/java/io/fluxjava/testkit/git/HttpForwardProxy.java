package io.fluxjava.testkit.git;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A plain-HTTP forward proxy on 127.0.0.1 for tests: answers requests whose target is an absolute
 * URL by forwarding them, optionally only with {@code Proxy-Authorization} basic credentials, and
 * counts what it forwarded. No CONNECT tunnelling.
 */
public final class HttpForwardProxy implements AutoCloseable {

  private static final Set<String> HOP_BY_HOP =
      Set.of(
          "connection",
          "content-length",
          "expect",
          "host",
          "upgrade",
          "proxy-authorization",
          "proxy-connection",
          "keep-alive",
          "transfer-encoding",
          "te",
          "trailer");

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final HttpClient client =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final String expectedAuthorization;
  private final AtomicInteger forwarded = new AtomicInteger();

  private HttpForwardProxy(String expectedAuthorization) throws IOException {
    this.expectedAuthorization = expectedAuthorization;
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::forward);
    server.setExecutor(executor);
    server.start();
  }

  /** A proxy that forwards for anyone. */
  public static HttpForwardProxy open() throws IOException {
    return new HttpForwardProxy(null);
  }

  /** A proxy that forwards only requests carrying these basic credentials. */
  public static HttpForwardProxy withBasicAuth(String username, String password)
      throws IOException {
    return new HttpForwardProxy(
        "Basic "
            + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
  }

  /** The proxy address as {@code http://127.0.0.1:<port>}. */
  public String address() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** How many requests were forwarded. */
  public int forwardedRequests() {
    return forwarded.get();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private void forward(HttpExchange exchange) throws IOException {
    try (exchange) {
      URI target = exchange.getRequestURI();
      if (!target.isAbsolute()) {
        exchange.sendResponseHeaders(400, -1);
        return;
      }
      if (expectedAuthorization != null
          && !expectedAuthorization.equals(
              exchange.getRequestHeaders().getFirst("Proxy-Authorization"))) {
        exchange.getResponseHeaders().add("Proxy-Authenticate", "Basic realm=\"proxy\"");
        exchange.sendResponseHeaders(407, -1);
        return;
      }
      forwarded.incrementAndGet();
      HttpResponse<InputStream> response =
          client.send(request(exchange, target), HttpResponse.BodyHandlers.ofInputStream());
      response.headers().map().forEach((name, values) -> copyHeader(exchange, name, values));
      exchange.sendResponseHeaders(response.statusCode(), 0);
      try (InputStream body = response.body();
          OutputStream out = exchange.getResponseBody()) {
        body.transferTo(out);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  private static HttpRequest request(HttpExchange exchange, URI target) throws IOException {
    byte[] body = exchange.getRequestBody().readAllBytes();
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(target)
            .method(
                exchange.getRequestMethod(),
                body.length == 0
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body));
    exchange
        .getRequestHeaders()
        .forEach(
            (name, values) -> {
              if (!HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(value -> builder.header(name, value));
              }
            });
    return builder.build();
  }

  private static void copyHeader(HttpExchange exchange, String name, List<String> values) {
    if (!HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
      values.forEach(value -> exchange.getResponseHeaders().add(name, value));
    }
  }
}
