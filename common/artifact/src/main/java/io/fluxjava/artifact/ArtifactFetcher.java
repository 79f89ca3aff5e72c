package io.fluxjava.artifact;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;

/**
 * Downloads a source artifact ({@code status.artifact.url}), verifies it against {@code
 * status.artifact.digest} and extracts it safely: what kustomize-controller and helm-controller do
 * before they build. A 404 is reported as {@link FetchResult.NotFound}, not as an error.
 */
public final class ArtifactFetcher {

  private static final int BUFFER_SIZE = 64 * 1024;
  private static final Duration MAX_RETRY_WAIT = Duration.ofSeconds(30);
  private static final int NOT_FOUND = 404;
  private static final int OK = 200;
  private static final int SERVER_ERROR = 500;

  private final HttpClient client;
  private final FetchOptions options;
  private final ArtifactUrlRewriter urlRewriter;

  public ArtifactFetcher(HttpClient client, FetchOptions options, ArtifactUrlRewriter urlRewriter) {
    this.client = client;
    this.options = options;
    this.urlRewriter = urlRewriter;
  }

  /** A fetcher with default options that honours {@code SOURCE_CONTROLLER_LOCALHOST}. */
  public static ArtifactFetcher withDefaults() {
    return new ArtifactFetcher(
        HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build(),
        FetchOptions.DEFAULT,
        ArtifactUrlRewriter.fromEnvironment(System.getenv()));
  }

  /**
   * Fetches the artifact at {@code url} into {@code targetDir} (created if missing). On any error
   * the target directory may hold a partial extraction; callers use a fresh temporary directory.
   */
  public FetchResult fetch(String url, String digest, Path targetDir) throws IOException {
    ArtifactDigest expected = ArtifactDigest.parse(digest);
    URI uri = urlRewriter.rewrite(URI.create(url));
    Path download = Files.createTempFile("artifact-", ".tar.gz");
    try {
      Long size = downloadWithRetries(uri, expected, download);
      if (size == null) {
        return new FetchResult.NotFound(url);
      }
      try (InputStream in = Files.newInputStream(download)) {
        new SafeTarExtractor(options.maxExtractedBytes()).extract(in, targetDir);
      }
      return new FetchResult.Extracted(targetDir, size);
    } finally {
      Files.deleteIfExists(download);
    }
  }

  /** Returns the verified size, or null for 404. */
  private Long downloadWithRetries(URI uri, ArtifactDigest expected, Path file) throws IOException {
    Duration wait = options.retryWait();
    for (int attempt = 0; ; attempt++) {
      try {
        return download(uri, expected, file);
      } catch (RetryableException e) {
        if (attempt >= options.retries()) {
          throw new ArtifactException(
              "failed to download artifact from " + uri + ": " + e.getMessage(), e.getCause());
        }
      }
      sleep(wait);
      wait =
          wait.multipliedBy(2).compareTo(MAX_RETRY_WAIT) > 0
              ? MAX_RETRY_WAIT
              : wait.multipliedBy(2);
    }
  }

  private Long download(URI uri, ArtifactDigest expected, Path file) throws IOException {
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(options.timeout()).GET().build();
    HttpResponse<InputStream> response;
    try {
      response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (IOException e) {
      throw new RetryableException(e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ArtifactException("interrupted while downloading " + uri, e);
    }
    try (InputStream body = response.body()) {
      int status = response.statusCode();
      if (status == NOT_FOUND) {
        return null;
      }
      if (status >= SERVER_ERROR) {
        throw new RetryableException("server answered " + status, null);
      }
      if (status != OK) {
        throw new ArtifactException(
            "failed to download artifact from " + uri + ": status " + status);
      }
      return copyVerified(body, expected, file);
    }
  }

  private long copyVerified(InputStream body, ArtifactDigest expected, Path file)
      throws IOException {
    MessageDigest digest = expected.newDigest();
    long size = 0;
    try (OutputStream out = Files.newOutputStream(file)) {
      byte[] buffer = new byte[BUFFER_SIZE];
      for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
        size += n;
        if (size > options.maxDownloadBytes()) {
          throw new ArtifactException(
              "artifact exceeds the size limit of " + options.maxDownloadBytes() + " bytes");
        }
        digest.update(buffer, 0, n);
        out.write(buffer, 0, n);
      }
    }
    if (!expected.matches(digest.digest())) {
      throw new ArtifactException(
          "failed to verify artifact: computed digest doesn't match '" + expected + "'");
    }
    return size;
  }

  private static void sleep(Duration wait) throws ArtifactException {
    try {
      Thread.sleep(wait.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ArtifactException("interrupted while waiting to retry", e);
    }
  }

  /** A connection error or 5xx answer: worth another attempt. */
  private static final class RetryableException extends IOException {
    RetryableException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
