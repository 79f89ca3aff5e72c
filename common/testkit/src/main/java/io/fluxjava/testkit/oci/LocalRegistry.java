package io.fluxjava.testkit.oci;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.bouncycastle.crypto.generators.OpenBSDBCrypt;

/**
 * Debian's {@code docker-registry} (distribution v2) started on a free loopback port with a
 * temporary storage directory, plus the few pushes tests need (blobs and OCI manifests, stored as
 * given). Tests call {@link #isInstalled()} first and skip when the binary is absent.
 */
public final class LocalRegistry implements AutoCloseable {

  /** Where Debian's package installs the binary. */
  public static final Path BINARY = Path.of("/usr/bin/docker-registry");

  /** The media type of an OCI image manifest. */
  public static final String OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json";

  private static final Duration STARTUP = Duration.ofSeconds(20);

  private final Process process;
  private final Path storage;
  private final int port;
  private final String authorization;
  private final HttpClient http = HttpClient.newHttpClient();

  private LocalRegistry(Process process, Path storage, int port, String authorization) {
    this.process = process;
    this.storage = storage;
    this.port = port;
    this.authorization = authorization;
  }

  /**
   * Whether the {@code docker-registry} binary exists ({@code apt-get install docker-registry}).
   */
  public static boolean isInstalled() {
    return Files.isExecutable(BINARY);
  }

  /** Starts a registry without authentication and waits until {@code /v2/} answers. */
  public static LocalRegistry start() {
    return start(null, null);
  }

  /**
   * Starts a registry that requires basic auth (htpasswd with a bcrypt hash) for every request; the
   * push helpers authenticate themselves.
   */
  public static LocalRegistry startWithBasicAuth(String username, String password) {
    return start(username, password);
  }

  private static LocalRegistry start(String username, String password) {
    try {
      Path dir = Files.createTempDirectory("oci-registry-");
      int port = freePort();
      String auth = "";
      String authorization = null;
      if (username != null) {
        Path htpasswd = dir.resolve("htpasswd");
        byte[] salt = new byte[16];
        new java.security.SecureRandom().nextBytes(salt);
        Files.writeString(
            htpasswd,
            username + ":" + OpenBSDBCrypt.generate("2y", password.toCharArray(), salt, 5) + "\n");
        auth = "auth:\n  htpasswd:\n    realm: test\n    path: " + htpasswd + "\n";
        authorization =
            "Basic "
                + java.util.Base64.getEncoder()
                    .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
      }
      Path config = dir.resolve("config.yml");
      Files.writeString(
          config,
          "version: 0.1\n"
              + "log:\n  level: error\n"
              + "storage:\n  filesystem:\n    rootdirectory: "
              + dir.resolve("data")
              + "\n  delete:\n    enabled: true\n"
              + "http:\n  addr: 127.0.0.1:"
              + port
              + "\n"
              + auth);
      Process process =
          new ProcessBuilder(BINARY.toString(), "serve", config.toString())
              .redirectErrorStream(true)
              .redirectOutput(dir.resolve("registry.log").toFile())
              .start();
      LocalRegistry registry = new LocalRegistry(process, dir, port, authorization);
      registry.awaitReady();
      return registry;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code host:port} of the registry. */
  public String host() {
    return "127.0.0.1:" + port;
  }

  /** Uploads a blob (monolithic upload) and returns its {@code sha256:<hex>} digest. */
  public String pushBlob(String repository, byte[] content) {
    String digest = digest(content);
    HttpResponse<String> started =
        send(
            HttpRequest.newBuilder(uri("/v2/" + repository + "/blobs/uploads/"))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());
    String location = started.headers().firstValue("Location").orElseThrow();
    URI upload = URI.create("http://" + host()).resolve(location);
    String separator = upload.getQuery() == null ? "?" : "&";
    send(
        HttpRequest.newBuilder(URI.create(upload + separator + "digest=" + digest))
            .header("Content-Type", "application/octet-stream")
            .PUT(HttpRequest.BodyPublishers.ofByteArray(content))
            .build());
    return digest;
  }

  /** Stores a manifest under {@code reference} (a tag); returns the manifest digest. */
  public String pushManifest(String repository, String reference, String mediaType, String json) {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    send(
        HttpRequest.newBuilder(uri("/v2/" + repository + "/manifests/" + reference))
            .header("Content-Type", mediaType)
            .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes))
            .build());
    return digest(bytes);
  }

  /**
   * Pushes a one-layer OCI artifact: an empty config of {@code configMediaType}, the layer of
   * {@code layerMediaType} and the manifest annotations; returns the manifest digest.
   */
  public String pushArtifact(
      String repository,
      String tag,
      String configMediaType,
      String layerMediaType,
      byte[] layer,
      Map<String, String> annotations) {
    byte[] config = "{}".getBytes(StandardCharsets.UTF_8);
    String configDigest = pushBlob(repository, config);
    String layerDigest = pushBlob(repository, layer);
    String annotationJson =
        annotations.entrySet().stream()
            .map(e -> quote(e.getKey()) + ":" + quote(e.getValue()))
            .collect(Collectors.joining(",", "{", "}"));
    String manifest =
        "{\"schemaVersion\":2,\"mediaType\":\""
            + OCI_MANIFEST
            + "\",\"config\":"
            + descriptor(configMediaType, configDigest, config.length)
            + ",\"layers\":["
            + descriptor(layerMediaType, layerDigest, layer.length)
            + "],\"annotations\":"
            + annotationJson
            + "}";
    return pushManifest(repository, tag, OCI_MANIFEST, manifest);
  }

  @Override
  public void close() {
    process.destroy();
    try {
      process.waitFor();
      try (Stream<Path> files = Files.walk(storage)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void awaitReady() {
    Instant deadline = Instant.now().plus(STARTUP);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("docker-registry exited; see " + storage + "/registry.log");
      }
      try {
        HttpResponse<Void> response =
            http.send(
                HttpRequest.newBuilder(uri("/v2/")).build(),
                HttpResponse.BodyHandlers.discarding());
        // 401 means up, with authentication configured.
        if (response.statusCode() == 200 || response.statusCode() == 401) {
          return;
        }
      } catch (IOException notYetListening) {
        sleep();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    close();
    throw new IllegalStateException("docker-registry did not answer within " + STARTUP);
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      HttpRequest authorized =
          authorization == null
              ? request
              : HttpRequest.newBuilder(request, (name, value) -> true)
                  .header("Authorization", authorization)
                  .build();
      HttpResponse<String> response = http.send(authorized, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() >= 300) {
        throw new IllegalStateException(
            request.method()
                + " "
                + request.uri()
                + ": "
                + response.statusCode()
                + " "
                + response.body());
      }
      return response;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private URI uri(String path) {
    return URI.create("http://" + host() + path);
  }

  private static String descriptor(String mediaType, String digest, long size) {
    return "{\"mediaType\":\""
        + mediaType
        + "\",\"digest\":\""
        + digest
        + "\",\"size\":"
        + size
        + "}";
  }

  private static String quote(String value) {
    return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /** The {@code sha256:<hex>} digest of some bytes. */
  public static String digest(byte[] content) {
    try {
      return "sha256:"
          + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
