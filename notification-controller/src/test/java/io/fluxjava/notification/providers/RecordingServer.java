package io.fluxjava.notification.providers;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;

/** An HTTP(S) server on 127.0.0.1 that records every request and answers with scripted statuses. */
public final class RecordingServer implements AutoCloseable {

  /** One recorded request; header names are case-insensitive. */
  public record Request(String method, String path, Map<String, String> headers, String body) {

    public String header(String name) {
      return headers.get(name);
    }
  }

  private final HttpServer server;
  private final String scheme;
  private final ExecutorService executor = Executors.newFixedThreadPool(8);
  private final List<Request> requests = new ArrayList<>();
  private final AtomicInteger calls = new AtomicInteger();
  private volatile int[] statuses = {200};
  private volatile String responseBody = "{}";
  private volatile Duration delay = Duration.ZERO;

  private RecordingServer(SSLContext tls) throws IOException {
    InetSocketAddress loopback = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
    if (tls == null) {
      server = HttpServer.create(loopback, 256);
    } else {
      HttpsServer https = HttpsServer.create(loopback, 256);
      https.setHttpsConfigurator(new HttpsConfigurator(tls));
      server = https;
    }
    scheme = tls == null ? "http" : "https";
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  /** Starts a server answering 200. */
  public static RecordingServer start() throws IOException {
    return new RecordingServer(null);
  }

  /** Starts an HTTPS server presenting the key of {@code tls}. */
  public static RecordingServer startTls(SSLContext tls) throws IOException {
    return new RecordingServer(tls);
  }

  /** Answers the n-th request with the n-th status; the last one repeats. */
  public RecordingServer respondWith(int... scripted) {
    this.statuses = scripted;
    return this;
  }

  /** The body of every answer. */
  public RecordingServer body(String body) {
    this.responseBody = body;
    return this;
  }

  /** Waits this long before answering, to play a slow service. */
  public RecordingServer delay(Duration wait) {
    this.delay = wait;
    return this;
  }

  /** {@code http(s)://127.0.0.1:<port><path>}. */
  public String url(String path) {
    return scheme + "://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  /** A snapshot of the requests so far. */
  public List<Request> requests() {
    synchronized (requests) {
      return List.copyOf(requests);
    }
  }

  /** The only request received; fails when there was not exactly one. */
  public Request single() {
    List<Request> all = requests();
    if (all.size() != 1) {
      throw new AssertionError("expected exactly one request, got " + all.size());
    }
    return all.get(0);
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    byte[] body;
    try (InputStream in = exchange.getRequestBody()) {
      body = in.readAllBytes();
    }
    Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    exchange.getRequestHeaders().forEach((k, v) -> headers.put(k, String.join(",", v)));
    synchronized (requests) {
      requests.add(
          new Request(
              exchange.getRequestMethod(),
              exchange.getRequestURI().getRawPath()
                  + (exchange.getRequestURI().getRawQuery() == null
                      ? ""
                      : "?" + exchange.getRequestURI().getRawQuery()),
              headers,
              new String(body, StandardCharsets.UTF_8)));
    }
    int call = calls.getAndIncrement();
    int[] script = statuses;
    int status = script[Math.min(call, script.length - 1)];
    if (!delay.isZero()) {
      try {
        Thread.sleep(delay.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    byte[] answer = responseBody.getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(status, answer.length);
    exchange.getResponseBody().write(answer);
    exchange.close();
  }
}
