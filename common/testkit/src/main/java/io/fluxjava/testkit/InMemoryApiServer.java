package io.fluxjava.testkit;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.fabric8.mockwebserver.ServerRequest;
import io.fabric8.mockwebserver.ServerResponse;
import io.fluxjava.testkit.apiserver.ApiServerDispatcher;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * An in-memory Kubernetes API server on 127.0.0.1 over plain HTTP: fabric8's CRUD mock server plus
 * discovery, tables, HTTP watches, access reviews, server-side apply and dry runs (see the module
 * README for what it does not do). Real kubectl works against it through {@link
 * #writeKubeconfig(Path)}.
 */
public final class InMemoryApiServer implements AutoCloseable {

  /** The namespace the client and the kubeconfig default to. */
  public static final String DEFAULT_NAMESPACE = "default";

  private static final String LOOPBACK = "127.0.0.1";
  private static final String NAME = "in-memory";

  /**
   * The mock web server logs every request at INFO; held here so the quieter level sticks (the JUL
   * log manager keeps loggers only weakly).
   */
  private static final Logger REQUEST_LOG = quiet(Logger.getLogger(MockWebServer.class.getName()));

  private final KubernetesMockServer server;
  private final KubernetesClient client;

  private InMemoryApiServer(KubernetesMockServer server) {
    this.server = server;
    this.client = new KubernetesClientBuilder().withConfig(clientConfig()).build();
  }

  /** Starts a server on a free port. */
  public static InMemoryApiServer start() {
    return start(0);
  }

  /** Starts a server on {@code port} (0 picks a free one). */
  public static InMemoryApiServer start(int port) {
    Map<ServerRequest, Queue<ServerResponse>> responses = new HashMap<>();
    KubernetesMockServer server =
        new KubernetesMockServer(
            new Context(),
            new MockWebServer(),
            responses,
            new ApiServerDispatcher(responses),
            false);
    try {
      server.init(InetAddress.getByName(LOOPBACK), port);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new InMemoryApiServer(server);
  }

  private static Logger quiet(Logger logger) {
    logger.setLevel(Level.WARNING);
    return logger;
  }

  /** The base URL, always with the loopback address (the mock would say "localhost"). */
  public String url() {
    return "http://" + LOOPBACK + ":" + server.getPort();
  }

  /** The port the server listens on. */
  public int port() {
    return server.getPort();
  }

  /** A client bound to this server, default namespace {@value #DEFAULT_NAMESPACE}. */
  public KubernetesClient client() {
    return client;
  }

  /** The client configuration for this server, for callers that build their own client. */
  public Config clientConfig() {
    return new ConfigBuilder(Config.empty())
        .withMasterUrl(url())
        .withNamespace(DEFAULT_NAMESPACE)
        .withOauthToken(NAME)
        // plain HTTP: no h2c upgrade attempts
        .withHttp2Disable(true)
        .withRequestRetryBackoffLimit(0)
        .build();
  }

  /** Writes a kubeconfig for kubectl (and any client) to {@code file} and returns it. */
  public Path writeKubeconfig(Path file) {
    String kubeconfig =
        String.join(
            "\n",
            "apiVersion: v1",
            "kind: Config",
            "clusters:",
            "- name: " + NAME,
            "  cluster:",
            "    server: " + url(),
            "contexts:",
            "- name: " + NAME,
            "  context:",
            "    cluster: " + NAME,
            "    user: " + NAME,
            "    namespace: " + DEFAULT_NAMESPACE,
            "current-context: " + NAME,
            "users:",
            "- name: " + NAME,
            "  user:",
            "    token: " + NAME,
            "");
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      return Files.writeString(file, kubeconfig);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Creates (or replaces) every CustomResourceDefinition found in the {@code .yaml}/{@code .yml}
   * files of {@code dir}; other kinds in those files are ignored.
   */
  public List<CustomResourceDefinition> installCrds(Path dir) {
    List<CustomResourceDefinition> installed = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(InMemoryApiServer::isYaml).sorted().toList()) {
        for (HasMetadata item : load(file)) {
          if (item instanceof CustomResourceDefinition crd) {
            installed.add(client.resource(crd).createOr(existing -> existing.update()));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return installed;
  }

  @Override
  public void close() {
    client.close();
    server.destroy();
  }

  private List<HasMetadata> load(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return client.load(in).items();
    }
  }

  private static boolean isYaml(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(".yaml") || name.endsWith(".yml");
  }
}
