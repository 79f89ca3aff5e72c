package io.fluxjava.source.git;

import io.fluxjava.source.support.TlsMaterial;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.net.ssl.KeyManager;
import javax.net.ssl.TrustManager;
import org.eclipse.jgit.transport.http.HttpConnection;
import org.eclipse.jgit.transport.http.HttpConnectionFactory;
import org.eclipse.jgit.transport.http.JDKHttpConnection;

/**
 * JGit HTTP connections of one GitRepository: its own CA and client certificate, and its own proxy.
 * Set per transport, so no JVM-wide setting is touched.
 */
final class ConfiguredHttpConnectionFactory implements HttpConnectionFactory {

  private final KeyManager[] keyManagers;
  private final TrustManager[] trustManagers;
  private final Proxy proxy;
  private final String proxyAuthorization;

  ConfiguredHttpConnectionFactory(GitCredentials credentials, ProxySettings proxySettings)
      throws GeneralSecurityException {
    this.keyManagers = TlsMaterial.keyManagers(credentials.clientCert(), credentials.clientKey());
    this.trustManagers = TlsMaterial.trustingAlsoSystemRoots(credentials.caCert());
    this.proxy =
        proxySettings == null
            ? null
            : new Proxy(
                Proxy.Type.HTTP,
                InetSocketAddress.createUnresolved(
                    proxySettings.address().getHost(), proxySettings.portOrDefault()));
    this.proxyAuthorization =
        proxySettings != null && proxySettings.hasCredentials()
            ? "Basic "
                + Base64.getEncoder()
                    .encodeToString(
                        (proxySettings.username() + ":" + proxySettings.password())
                            .getBytes(StandardCharsets.UTF_8))
            : null;
  }

  @Override
  public HttpConnection create(URL url) throws IOException {
    return create(url, null);
  }

  @Override
  public HttpConnection create(URL url, Proxy requested) throws IOException {
    Proxy chosen = proxy != null ? proxy : requested == null ? Proxy.NO_PROXY : requested;
    HttpConnection connection = new JDKHttpConnection(url, chosen) {};
    if ("https".equals(url.getProtocol()) && (keyManagers != null || trustManagers != null)) {
      try {
        connection.configure(keyManagers, trustManagers, null);
      } catch (GeneralSecurityException e) {
        throw new IOException("TLS setup failed: " + e.getMessage(), e);
      }
    }
    if (proxyAuthorization != null) {
      connection.setRequestProperty("Proxy-Authorization", proxyAuthorization);
    }
    return connection;
  }
}
