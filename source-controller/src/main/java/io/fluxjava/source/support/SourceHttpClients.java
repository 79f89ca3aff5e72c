package io.fluxjava.source.support;

import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.time.Duration;
import javax.net.ssl.SSLContext;

/** Builds the JDK HTTP client that Helm repositories and OCI registries are fetched with. */
public final class SourceHttpClients {

  private SourceHttpClients() {}

  /**
   * A client following redirects, with connect timeout {@code timeout}, the TLS context {@code tls}
   * and the proxy {@code proxy}; the JDK defaults where either is null.
   */
  public static HttpClient create(Duration timeout, SSLContext tls, ProxySelector proxy) {
    HttpClient.Builder builder =
        HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(timeout);
    if (tls != null) {
      builder.sslContext(tls);
    }
    if (proxy != null) {
      builder.proxy(proxy);
    }
    return builder.build();
  }
}
