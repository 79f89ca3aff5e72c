package io.fluxjava.artifact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractedArtifactCacheTest {

  private static final byte[] FIRST =
      new TarballBuilder().file("apps/a/app.yaml", "kind: ConfigMap\n").build();
  private static final byte[] SECOND =
      new TarballBuilder().file("apps/a/app.yaml", "kind: Secret\n").build();
  private static final byte[] THIRD =
      new TarballBuilder().file("apps/a/app.yaml", "kind: Service\n").build();

  @TempDir Path base;
  private HttpServer server;
  private final Map<String, byte[]> served = new ConcurrentHashMap<>();
  private final AtomicInteger requests = new AtomicInteger();
  private ExtractedArtifactCache cache;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        exchange -> {
          requests.incrementAndGet();
          byte[] body = served.get(exchange.getRequestURI().getPath());
          if (body == null) {
            exchange.sendResponseHeaders(404, -1);
          } else {
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
              out.write(body);
            }
          }
          exchange.close();
        });
    server.start();
    ArtifactFetcher fetcher =
        new ArtifactFetcher(
            HttpClient.newHttpClient(),
            FetchOptions.DEFAULT.withRetries(0, Duration.ofMillis(10)),
            new ArtifactUrlRewriter(null, null));
    cache = new ExtractedArtifactCache(fetcher, base, 1);
  }

  @AfterEach
  void stop() {
    cache.close();
    server.stop(0);
  }

  private String publish(String name, byte[] tarball) {
    served.put("/" + name, tarball);
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + name;
  }

  @Test
  void leasesOfOneDigestShareOneDownloadAndOneTree() throws IOException {
    String url = publish("first.tar.gz", FIRST);

    try (ArtifactLease one = cache.acquire(url, sha256(FIRST)).orElseThrow();
        ArtifactLease two = cache.acquire(url, sha256(FIRST)).orElseThrow()) {
      assertThat(requests).hasValue(1);
      assertThat(two.root()).isEqualTo(one.root());
      assertThat(one.root().resolve("apps/a/app.yaml")).hasContent("kind: ConfigMap");
    }
  }

  @Test
  void aNewDigestIsDownloadedAndTheUnusedOldTreeDeleted() throws IOException {
    String first = publish("first.tar.gz", FIRST);
    String second = publish("second.tar.gz", SECOND);
    Path oldRoot;
    try (ArtifactLease lease = cache.acquire(first, sha256(FIRST)).orElseThrow()) {
      oldRoot = lease.root();
    }

    try (ArtifactLease lease = cache.acquire(second, sha256(SECOND)).orElseThrow()) {
      assertThat(lease.root().resolve("apps/a/app.yaml")).hasContent("kind: Secret");
    }

    assertThat(requests).hasValue(2);
    assertThat(oldRoot).doesNotExist();
    assertThat(cache.size()).isEqualTo(1);
  }

  @Test
  void aTreeStillLeasedOutlivesItsEvictionUntilReleased() throws IOException {
    String first = publish("first.tar.gz", FIRST);
    String second = publish("second.tar.gz", SECOND);
    String third = publish("third.tar.gz", THIRD);
    ArtifactLease held = cache.acquire(first, sha256(FIRST)).orElseThrow();
    cache.acquire(second, sha256(SECOND)).orElseThrow().close();
    cache.acquire(third, sha256(THIRD)).orElseThrow().close();

    assertThat(held.root().resolve("apps/a/app.yaml")).hasContent("kind: ConfigMap");
    held.close();

    assertThat(held.root()).doesNotExist();
  }

  @Test
  void theSharedTreeIsReadOnlyAndWorkDirectoriesArePrivate() throws IOException {
    String url = publish("first.tar.gz", FIRST);

    try (ArtifactLease one = cache.acquire(url, sha256(FIRST)).orElseThrow();
        ArtifactLease two = cache.acquire(url, sha256(FIRST)).orElseThrow()) {
      assertThat(Files.getPosixFilePermissions(one.root().resolve("apps/a/app.yaml")))
          .doesNotContain(PosixFilePermission.OWNER_WRITE);
      assertThat(one.workDir()).isNotEqualTo(two.workDir());
      assertThat(one.workDir().getParent()).isEqualTo(one.root().getParent());

      Path copy = one.privateCopy();
      Files.writeString(copy.resolve("apps/a/app.yaml"), "changed");
      assertThat(one.root().resolve("apps/a/app.yaml")).hasContent("kind: ConfigMap");
    }
  }

  @Test
  void closingALeaseDeletesItsWorkDirectoryOnly() throws IOException {
    String url = publish("first.tar.gz", FIRST);
    ArtifactLease lease = cache.acquire(url, sha256(FIRST)).orElseThrow();
    Path work = lease.privateCopy().getParent();

    lease.close();

    assertThat(work).doesNotExist();
    assertThat(lease.root().resolve("apps/a/app.yaml")).exists();
  }

  @Test
  void aMissingArtifactIsEmptyAndAskedForAgainNextTime() throws IOException {
    String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/gone.tar.gz";

    assertThat(cache.acquire(url, sha256(FIRST))).isEmpty();
    assertThat(cache.acquire(url, sha256(FIRST))).isEmpty();

    assertThat(requests).hasValue(2);
    assertThat(cache.size()).isZero();
  }

  @Test
  void aFailedVerificationIsNotCached() {
    String url = publish("first.tar.gz", FIRST);

    for (int attempt = 0; attempt < 2; attempt++) {
      assertThatThrownBy(() -> cache.acquire(url, sha256(SECOND)))
          .isInstanceOf(ArtifactException.class)
          .hasMessageContaining("digest");
    }

    assertThat(requests).hasValue(2);
    assertThat(cache.size()).isZero();
  }

  private static String sha256(byte[] data) {
    try {
      return "sha256:"
          + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
