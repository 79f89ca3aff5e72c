package io.fluxjava.artifact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArtifactFetcherTest {

  private static final byte[] TARBALL =
      new TarballBuilder().file("deploy/app.yaml", "kind: Deployment\n").build();

  @TempDir Path target;
  private HttpServer server;
  private final AtomicInteger failuresBeforeSuccess = new AtomicInteger();
  private final AtomicInteger requests = new AtomicInteger();

  @BeforeEach
  void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/gitrepository/ns/repo/abc.tar.gz",
        exchange -> {
          requests.incrementAndGet();
          if (failuresBeforeSuccess.getAndDecrement() > 0) {
            exchange.sendResponseHeaders(503, -1);
          } else {
            exchange.sendResponseHeaders(200, TARBALL.length);
            try (OutputStream out = exchange.getResponseBody()) {
              out.write(TARBALL);
            }
          }
          exchange.close();
        });
    server.start();
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
  }

  private String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  private ArtifactFetcher fetcher(FetchOptions options) {
    return new ArtifactFetcher(
        HttpClient.newHttpClient(), options, new ArtifactUrlRewriter(null, null));
  }

  private static final FetchOptions FAST =
      FetchOptions.DEFAULT.withRetries(2, Duration.ofMillis(10));

  @Test
  void downloadsVerifiesAndExtracts() throws IOException {
    FetchResult result =
        fetcher(FAST).fetch(url("/gitrepository/ns/repo/abc.tar.gz"), sha256(TARBALL), target);

    assertThat(result).isEqualTo(new FetchResult.Extracted(target, TARBALL.length));
    assertThat(target.resolve("deploy/app.yaml")).hasContent("kind: Deployment");
  }

  @Test
  void bareHexDigestIsTakenAsSha256() throws IOException {
    String bareHex = sha256(TARBALL).substring("sha256:".length());
    assertThat(fetcher(FAST).fetch(url("/gitrepository/ns/repo/abc.tar.gz"), bareHex, target))
        .isInstanceOf(FetchResult.Extracted.class);
  }

  @Test
  void missingArtifactIsNotFoundRatherThanAnError() throws IOException {
    FetchResult result =
        fetcher(FAST).fetch(url("/gitrepository/ns/repo/gone.tar.gz"), sha256(TARBALL), target);

    assertThat(result).isInstanceOf(FetchResult.NotFound.class);
  }

  @Test
  void digestMismatchIsRefusedBeforeExtracting() {
    String wrong = "sha256:" + "0".repeat(64);
    assertThatThrownBy(
            () -> fetcher(FAST).fetch(url("/gitrepository/ns/repo/abc.tar.gz"), wrong, target))
        .isInstanceOf(ArtifactException.class)
        .hasMessageContaining("digest");
    assertThat(target.resolve("deploy")).doesNotExist();
  }

  @Test
  void serverErrorsAreRetried() throws IOException {
    failuresBeforeSuccess.set(2);

    FetchResult result =
        fetcher(FAST).fetch(url("/gitrepository/ns/repo/abc.tar.gz"), sha256(TARBALL), target);

    assertThat(result).isInstanceOf(FetchResult.Extracted.class);
    assertThat(requests).hasValue(3);
  }

  @Test
  void givesUpAfterTheRetries() {
    failuresBeforeSuccess.set(10);
    assertThatThrownBy(
            () ->
                fetcher(FAST)
                    .fetch(url("/gitrepository/ns/repo/abc.tar.gz"), sha256(TARBALL), target))
        .isInstanceOf(ArtifactException.class)
        .hasMessageContaining("503");
    assertThat(requests).hasValue(3);
  }

  @Test
  void downloadsBeyondTheSizeLimitAreRefused() {
    FetchOptions tiny = FAST.withLimits(10, 1 << 20);
    assertThatThrownBy(
            () ->
                fetcher(tiny)
                    .fetch(url("/gitrepository/ns/repo/abc.tar.gz"), sha256(TARBALL), target))
        .isInstanceOf(ArtifactException.class)
        .hasMessageContaining("size limit");
  }

  @Test
  void hostOverrideRedirectsTheDownload() throws IOException {
    ArtifactFetcher fetcher =
        new ArtifactFetcher(
            HttpClient.newHttpClient(),
            FAST,
            new ArtifactUrlRewriter("127.0.0.1:" + server.getAddress().getPort(), null));

    FetchResult result =
        fetcher.fetch(
            "http://source-controller.flux-system.svc.cluster.local./gitrepository/ns/repo/abc.tar.gz",
            sha256(TARBALL),
            target);

    assertThat(result).isInstanceOf(FetchResult.Extracted.class);
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
