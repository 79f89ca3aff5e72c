package io.fluxjava.source.helm;

import io.fluxjava.source.support.SourceHttpClients;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Objects;
import javax.net.ssl.SSLContext;

/**
 * Talks to one HTTP(S) Helm repository: downloads {@code index.yaml} and chart archives with the
 * repository's credentials and TLS settings, refusing bodies above a size limit. Credentials go
 * only to the repository's own host unless {@code passCredentials} is set, as in Helm.
 */
public final class ChartRepositoryClient {

  /** How to reach a repository. */
  public record Settings(
      URI url,
      String username,
      String password,
      boolean passCredentials,
      SSLContext tls,
      Duration timeout) {

    /** Settings without credentials or custom TLS. */
    public static Settings anonymous(URI url, Duration timeout) {
      return new Settings(url, null, null, false, null, timeout);
    }
  }

  private static final int BUFFER = 64 * 1024;

  private final Settings settings;
  private final HttpClient http;

  public ChartRepositoryClient(Settings settings) {
    this.settings = settings;
    this.http = SourceHttpClients.create(settings.timeout(), settings.tls(), null);
  }

  /** The index document, refused when larger than {@code maxSize} bytes. */
  public byte[] fetchIndex(long maxSize) throws IOException {
    String base = settings.url().toString();
    URI index = URI.create((base.endsWith("/") ? base : base + "/") + "index.yaml");
    return get(index, maxSize, "index exceeds the maximum index file size of %d bytes");
  }

  /** A chart archive by its index URL, resolved against the repository URL when relative. */
  public byte[] downloadChart(String chartUrl, long maxSize) throws IOException {
    String base = settings.url().toString();
    URI resolved = URI.create(base.endsWith("/") ? base : base + "/").resolve(chartUrl);
    return get(resolved, maxSize, "chart exceeds the maximum chart file size of %d bytes");
  }

  private byte[] get(URI uri, long maxSize, String tooLargeFormat) throws IOException {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(settings.timeout()).GET();
    if (settings.username() != null && sendsCredentialsTo(uri)) {
      String pair = settings.username() + ":" + Objects.requireNonNullElse(settings.password(), "");
      request.header(
          "Authorization",
          "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
    }
    HttpResponse<InputStream> response;
    try {
      response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while fetching " + uri, e);
    }
    try (InputStream body = response.body()) {
      if (response.statusCode() != 200) {
        throw new IOException(
            "failed to fetch " + uri + " : " + response.statusCode() + " " + statusText(response));
      }
      return readLimited(body, maxSize, tooLargeFormat);
    }
  }

  private boolean sendsCredentialsTo(URI target) {
    return settings.passCredentials()
        || (Objects.equals(target.getHost(), settings.url().getHost())
            && target.getPort() == settings.url().getPort());
  }

  private static byte[] readLimited(InputStream in, long maxSize, String tooLargeFormat)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[BUFFER];
    long total = 0;
    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
      total += n;
      if (total > maxSize) {
        throw new IOException(String.format(tooLargeFormat, maxSize));
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  private static String statusText(HttpResponse<?> response) {
    return switch (response.statusCode()) {
      case 401 -> "Unauthorized";
      case 403 -> "Forbidden";
      case 404 -> "Not Found";
      default -> "";
    };
  }
}
