package io.fluxjava.testkit.helm;

import com.sun.net.httpserver.BasicAuthenticator;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A Helm chart repository on loopback: {@code /index.yaml} plus {@code /charts/<file>.tgz}, over
 * HTTP or HTTPS (with {@link TestCertificates}), optionally behind basic auth. Counts index
 * downloads so that tests can see caching.
 */
public final class HelmRepositoryServer implements AutoCloseable {

  static {
    // The JDK server writes headers and body separately; with Nagle's algorithm on, every small
    // response waits ~40 ms for a delayed ACK, which would dominate chart fetch timings.
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  private final HttpServer server;
  private final String scheme;
  private final Map<String, byte[]> charts = new ConcurrentHashMap<>();
  private final List<HelmIndexYaml.Entry> entries = new ArrayList<>();
  private final AtomicInteger indexRequests = new AtomicInteger();
  private final AtomicInteger chartRequests = new AtomicInteger();
  private volatile byte[] index;

  private HelmRepositoryServer(HttpServer server, String scheme, String username, String password) {
    this.server = server;
    this.scheme = scheme;
    var context = server.createContext("/", this::handle);
    if (username != null) {
      context.setAuthenticator(
          new BasicAuthenticator("helm") {
            @Override
            public boolean checkCredentials(String user, String pass) {
              return username.equals(user) && password.equals(pass);
            }
          });
    }
    index = HelmIndexYaml.write(List.of()).getBytes(StandardCharsets.UTF_8);
    server.start();
  }

  /** A plain HTTP repository without auth. */
  public static HelmRepositoryServer http() {
    return new HelmRepositoryServer(bind(), "http", null, null);
  }

  /** A plain HTTP repository that requires basic auth with these credentials. */
  public static HelmRepositoryServer httpWithBasicAuth(String username, String password) {
    return new HelmRepositoryServer(bind(), "http", username, password);
  }

  /** An HTTPS repository presenting the server certificate of {@code certificates}. */
  public static HelmRepositoryServer https(TestCertificates certificates) {
    try {
      HttpsServer https =
          HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      https.setHttpsConfigurator(new HttpsConfigurator(certificates.serverContext()));
      return new HelmRepositoryServer(https, "https", null, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The repository URL, for {@code HelmRepository.spec.url}. */
  public String url() {
    return scheme + "://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Publishes a chart version and lists it in the index (URL relative to the repository). */
  public synchronized HelmRepositoryServer add(ChartArchive chart) {
    byte[] bytes = chart.bytes();
    charts.put(chart.fileName(), bytes);
    entries.add(
        new HelmIndexYaml.Entry(
            chart.name(), chart.version(), "charts/" + chart.fileName(), sha256(bytes)));
    entries.sort(java.util.Comparator.comparing(HelmIndexYaml.Entry::name));
    index = HelmIndexYaml.write(entries).getBytes(StandardCharsets.UTF_8);
    return this;
  }

  /** Serves {@code yaml} as the index instead of the generated one. */
  public HelmRepositoryServer serveIndex(String yaml) {
    index = yaml.getBytes(StandardCharsets.UTF_8);
    return this;
  }

  /** How many times {@code index.yaml} was downloaded. */
  public int indexRequests() {
    return indexRequests.get();
  }

  /** How many chart archives were downloaded. */
  public int chartRequests() {
    return chartRequests.get();
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    byte[] body = null;
    if (path.equals("/index.yaml")) {
      indexRequests.incrementAndGet();
      body = index;
    } else if (path.startsWith("/charts/")) {
      chartRequests.incrementAndGet();
      body = charts.get(path.substring("/charts/".length()));
    }
    if (body == null) {
      exchange.sendResponseHeaders(404, -1);
      exchange.close();
      return;
    }
    exchange.sendResponseHeaders(200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  private static HttpServer bind() {
    try {
      return HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
