package io.fluxjava.testkit.git;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * A smart-HTTP Git server on 127.0.0.1 for tests: git's own {@code git http-backend} CGI behind the
 * JDK's HTTP server, serving every bare repository under a root directory, optionally behind basic
 * auth or a bearer token, optionally over TLS.
 */
public final class GitHttpServer implements AutoCloseable {

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final Path root;
  private final String expectedAuthorization;
  private final AtomicInteger uploadPackRequests = new AtomicInteger();

  private GitHttpServer(
      Path root, String expectedAuthorization, SSLContext tls, boolean needClientCertificate)
      throws IOException {
    this.root = root;
    this.expectedAuthorization = expectedAuthorization;
    InetSocketAddress address = new InetSocketAddress("127.0.0.1", 0);
    if (tls == null) {
      server = HttpServer.create(address, 0);
    } else {
      HttpsServer https = HttpsServer.create(address, 0);
      https.setHttpsConfigurator(
          new HttpsConfigurator(tls) {
            @Override
            public void configure(HttpsParameters params) {
              SSLParameters parameters = tls.getDefaultSSLParameters();
              parameters.setNeedClientAuth(needClientCertificate);
              params.setSSLParameters(parameters);
            }
          });
      server = https;
    }
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  /** Serves the repositories under {@code root} to anyone. */
  public static GitHttpServer anonymous(Path root) throws IOException {
    return new GitHttpServer(root, null, null, false);
  }

  /** Serves the repositories only to requests with these basic-auth credentials. */
  public static GitHttpServer withBasicAuth(Path root, String username, String password)
      throws IOException {
    String token =
        Base64.getEncoder()
            .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    return new GitHttpServer(root, "Basic " + token, null, false);
  }

  /** Serves the repositories only to requests carrying {@code Authorization: Bearer <token>}. */
  public static GitHttpServer withBearerToken(Path root, String token) throws IOException {
    return new GitHttpServer(root, "Bearer " + token, null, false);
  }

  /** Serves the repositories to anyone over HTTPS with the given server TLS context. */
  public static GitHttpServer withTls(Path root, SSLContext tls) throws IOException {
    return new GitHttpServer(root, null, tls, false);
  }

  /**
   * Serves the repositories over HTTPS only to clients presenting a certificate {@code tls} trusts.
   */
  public static GitHttpServer withMutualTls(Path root, SSLContext tls) throws IOException {
    return new GitHttpServer(root, null, tls, true);
  }

  /** The URL of a repository, such as {@code http://127.0.0.1:port/repo.git}. */
  public String url(String repository) {
    String scheme = server instanceof HttpsServer ? "https" : "http";
    return scheme + "://127.0.0.1:" + server.getAddress().getPort() + "/" + repository;
  }

  /** How many fetches (pack transfers) the server has answered; ref listings do not count. */
  public int uploadPackRequests() {
    return uploadPackRequests.get();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (expectedAuthorization != null
          && !expectedAuthorization.equals(
              exchange.getRequestHeaders().getFirst("Authorization"))) {
        exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"git\"");
        exchange.sendResponseHeaders(401, -1);
        return;
      }
      byte[] body = exchange.getRequestBody().readAllBytes();
      if (isPackRequest(exchange, body)) {
        uploadPackRequests.incrementAndGet();
      }
      runBackend(exchange, body);
    }
  }

  // Protocol v2 also lists refs with a POST ("command=ls-refs"); only the rest transfers packs.
  private static boolean isPackRequest(HttpExchange exchange, byte[] body) throws IOException {
    if (!"POST".equals(exchange.getRequestMethod())
        || !exchange.getRequestURI().getPath().endsWith("/git-upload-pack")) {
      return false;
    }
    byte[] plain = body;
    if ("gzip".equals(exchange.getRequestHeaders().getFirst("Content-Encoding"))) {
      try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
        plain = in.readAllBytes();
      }
    }
    return !new String(plain, StandardCharsets.ISO_8859_1).contains("command=ls-refs");
  }

  private void runBackend(HttpExchange exchange, byte[] requestBody) throws IOException {
    ProcessBuilder builder = new ProcessBuilder("git", "http-backend");
    Map<String, String> env = builder.environment();
    env.put("GIT_PROJECT_ROOT", root.toString());
    env.put("GIT_HTTP_EXPORT_ALL", "1");
    env.put("GATEWAY_INTERFACE", "CGI/1.1");
    env.put("REQUEST_METHOD", exchange.getRequestMethod());
    env.put("PATH_INFO", exchange.getRequestURI().getPath());
    env.put("QUERY_STRING", nullToEmpty(exchange.getRequestURI().getRawQuery()));
    env.put("REMOTE_ADDR", "127.0.0.1");
    env.put("REMOTE_USER", "git");
    putHeader(exchange, env, "Content-Type", "CONTENT_TYPE");
    putHeader(exchange, env, "Content-Encoding", "HTTP_CONTENT_ENCODING");
    putHeader(exchange, env, "Git-Protocol", "GIT_PROTOCOL");
    // Repositories made by another user (root in CI) would otherwise be refused.
    env.put("GIT_CONFIG_COUNT", "1");
    env.put("GIT_CONFIG_KEY_0", "safe.directory");
    env.put("GIT_CONFIG_VALUE_0", "*");
    builder.redirectError(ProcessBuilder.Redirect.DISCARD);
    Process process = builder.start();
    executor.submit(() -> pipeRequestBody(requestBody, process.getOutputStream()));
    try (InputStream out = process.getInputStream()) {
      CgiResponse response = CgiResponse.read(out);
      response.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
      exchange.sendResponseHeaders(response.status(), 0);
      try (OutputStream body = exchange.getResponseBody()) {
        out.transferTo(body);
      }
    } finally {
      process.destroy();
    }
  }

  private static Void pipeRequestBody(byte[] body, OutputStream stdin) {
    try (stdin) {
      stdin.write(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return null;
  }

  private static void putHeader(
      HttpExchange exchange, Map<String, String> env, String header, String variable) {
    String value = exchange.getRequestHeaders().getFirst(header);
    if (value != null) {
      env.put(variable, value);
    }
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }

  /** The status and headers a CGI program prints before its body. */
  private record CgiResponse(int status, Map<String, String> headers) {
    static CgiResponse read(InputStream out) throws IOException {
      Map<String, String> headers = new LinkedHashMap<>();
      int status = 200;
      for (String line = readLine(out); !line.isEmpty(); line = readLine(out)) {
        int colon = line.indexOf(':');
        String name = line.substring(0, colon).trim();
        String value = line.substring(colon + 1).trim();
        if (name.equalsIgnoreCase("Status")) {
          status = Integer.parseInt(value.substring(0, 3));
        } else {
          headers.put(name, value);
        }
      }
      return new CgiResponse(status, headers);
    }

    private static String readLine(InputStream in) throws IOException {
      ByteArrayOutputStream line = new ByteArrayOutputStream();
      for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
        if (b != '\r') {
          line.write(b);
        }
      }
      return line.toString(StandardCharsets.ISO_8859_1);
    }
  }
}
