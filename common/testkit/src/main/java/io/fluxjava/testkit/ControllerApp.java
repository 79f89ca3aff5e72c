package io.fluxjava.testkit;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A controller process booted in this JVM against an {@link InMemoryApiServer} that holds the
 * project's CRDs, with its metrics and probe listeners on free loopback ports. {@link #start}
 * returns once {@code /readyz} answers 200.
 */
public final class ControllerApp implements AutoCloseable {

  /**
   * Spring Boot's "Started" line in the JSON shape of upstream's zap logger: {@code level}, {@code
   * ts} (RFC 3339 UTC), {@code logger}, {@code msg}, in that order.
   */
  public static final Pattern STARTED_LOG_LINE =
      Pattern.compile(
          "\\{\"level\":\"info\",\"ts\":\"\\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z\","
              + "\"logger\":\"[^\"]+\",\"msg\":\"Started ");

  private static final String LOOPBACK = "127.0.0.1";
  private static final Pattern CONTROLLER_GAUGE =
      Pattern.compile(
          "^controller_runtime_max_concurrent_reconciles\\{controller=\"([^\"]+)\"}",
          Pattern.MULTILINE);
  private static final Path CRDS = Path.of("helm-chart", "crds");
  private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
  private static final Duration POLL = Duration.ofMillis(200);

  private final InMemoryApiServer apiServer;
  private final Path kubeconfig;
  private final int metricsPort;
  private final int healthPort;
  private final HttpClient http = HttpClient.newHttpClient();
  private Closeable app;

  /**
   * Boots a controller from its command line; for a Spring Boot controller {@code args ->
   * FluxApplication.run(MyControllerApplication.class, args)}.
   */
  @FunctionalInterface
  public interface Launcher {
    /**
     * Starts the application with upstream-style flags and returns what stops it (a Spring
     * application context is one).
     */
    Closeable launch(String[] args) throws Exception;
  }

  private ControllerApp(InMemoryApiServer apiServer) throws IOException {
    this.apiServer = apiServer;
    this.kubeconfig = apiServer.writeKubeconfig(Files.createTempFile("controller-app", ".yaml"));
    this.metricsPort = freePort();
    this.healthPort = freePort();
  }

  /**
   * Starts an API server with the CRDs of {@code helm-chart/crds}, then the controller with {@code
   * --kubeconfig}, {@code --metrics-addr} and {@code --health-addr} pointing at it and at free
   * ports, followed by {@code extraArgs}; waits until it is ready.
   */
  public static ControllerApp start(Launcher launcher, String... extraArgs) throws Exception {
    InMemoryApiServer apiServer = InMemoryApiServer.start();
    ControllerApp controller;
    try {
      apiServer.installCrds(projectCrds());
      controller = new ControllerApp(apiServer);
    } catch (RuntimeException | IOException e) {
      apiServer.close();
      throw e;
    }
    try {
      controller.app = launcher.launch(controller.args(extraArgs));
      controller.awaitReady();
      return controller;
    } catch (Exception | AssertionError e) {
      controller.close();
      throw e;
    }
  }

  /** The API server the controller talks to. */
  public InMemoryApiServer apiServer() {
    return apiServer;
  }

  /** The body of {@code GET /metrics} on the metrics port; fails unless it answers 200. */
  public String metrics() throws IOException, InterruptedException {
    HttpResponse<String> response = get(metricsPort, "/metrics");
    if (response.statusCode() != 200) {
      throw new AssertionError("/metrics answered " + response.statusCode());
    }
    return response.body();
  }

  /**
   * The controllers the operator runs, by the {@code controller} label of {@code
   * controller_runtime_max_concurrent_reconciles} (the lower-case kind, as upstream).
   */
  public Set<String> registeredControllers() throws IOException, InterruptedException {
    Set<String> controllers = new TreeSet<>();
    Matcher matcher = CONTROLLER_GAUGE.matcher(metrics());
    while (matcher.find()) {
      controllers.add(matcher.group(1));
    }
    return controllers;
  }

  /** The status code of {@code GET path} on the probe port, e.g. {@code /healthz}. */
  public int probe(String path) throws IOException, InterruptedException {
    return get(healthPort, path).statusCode();
  }

  /** Stops the controller, then its API server. */
  @Override
  public void close() throws IOException {
    try (InMemoryApiServer server = apiServer) {
      if (app != null) {
        app.close();
      }
    } finally {
      Files.deleteIfExists(kubeconfig);
    }
  }

  private String[] args(String... extraArgs) {
    List<String> args = new ArrayList<>();
    args.add("--kubeconfig=" + kubeconfig);
    args.add("--metrics-addr=" + LOOPBACK + ":" + metricsPort);
    args.add("--health-addr=" + LOOPBACK + ":" + healthPort);
    args.addAll(List.of(extraArgs));
    return args.toArray(String[]::new);
  }

  private void awaitReady() throws IOException, InterruptedException {
    Instant deadline = Instant.now().plus(READY_TIMEOUT);
    int status = probe("/readyz");
    while (status != 200) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("/readyz still answers " + status + " after " + READY_TIMEOUT);
      }
      Thread.sleep(POLL.toMillis());
      status = probe("/readyz");
    }
  }

  private HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
    URI uri = URI.create("http://" + LOOPBACK + ":" + port + path);
    return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** {@code helm-chart/crds} of this checkout, found from the module directory a test runs in. */
  private static Path projectCrds() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve(CRDS))) {
        return dir.resolve(CRDS);
      }
    }
    throw new IllegalStateException("no " + CRDS + " above " + Path.of("").toAbsolutePath());
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK))) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free loopback port", e);
    }
  }
}
