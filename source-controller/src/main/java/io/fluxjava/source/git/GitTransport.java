package io.fluxjava.source.git;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Map;
import org.eclipse.jgit.api.TransportCommand;
import org.eclipse.jgit.api.TransportConfigCallback;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.SshTransport;
import org.eclipse.jgit.transport.Transport;
import org.eclipse.jgit.transport.TransportHttp;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;

/**
 * Authentication, TLS, proxy and timeout of the JGit commands of one reconcile: HTTPS basic auth or
 * bearer token, custom CA and client certificate, proxy, or SSH with the Secret's key and
 * known_hosts.
 */
final class GitTransport implements AutoCloseable {

  private final CredentialsProvider credentialsProvider;
  private final TransportConfigCallback callback;
  private final int timeoutSeconds;
  private final SshSessionSetup ssh;

  private GitTransport(
      CredentialsProvider credentialsProvider,
      TransportConfigCallback callback,
      int timeoutSeconds,
      SshSessionSetup ssh) {
    this.credentialsProvider = credentialsProvider;
    this.callback = callback;
    this.timeoutSeconds = timeoutSeconds;
    this.ssh = ssh;
  }

  static GitTransport open(
      String url, GitCredentials credentials, ProxySettings proxy, Duration timeout)
      throws IOException {
    int seconds = (int) Math.max(1, timeout.toSeconds());
    if (url.startsWith("ssh://")) {
      SshSessionSetup ssh = SshSessionSetup.create(credentials);
      TransportConfigCallback callback =
          transport -> {
            if (transport instanceof SshTransport sshTransport) {
              sshTransport.setSshSessionFactory(ssh.factory());
            }
          };
      return new GitTransport(null, callback, seconds, ssh);
    }
    ConfiguredHttpConnectionFactory connections;
    try {
      connections = new ConfiguredHttpConnectionFactory(credentials, proxy);
    } catch (GeneralSecurityException e) {
      throw new GitException(
          GitException.Kind.AUTHENTICATION, "invalid TLS material in secret: " + e.getMessage(), e);
    }
    CredentialsProvider basic =
        credentials.hasBasicAuth()
            ? new UsernamePasswordCredentialsProvider(
                credentials.username(),
                credentials.password() == null ? "" : credentials.password())
            : null;
    TransportConfigCallback callback =
        transport -> configureHttp(transport, credentials, connections);
    return new GitTransport(basic, callback, seconds, null);
  }

  /** Applies credentials, transport settings and timeout to a JGit command. */
  <C extends TransportCommand<C, ?>> C apply(C command) {
    command.setTransportConfigCallback(callback).setTimeout(timeoutSeconds);
    if (credentialsProvider != null) {
      command.setCredentialsProvider(credentialsProvider);
    }
    return command;
  }

  @Override
  public void close() throws IOException {
    if (ssh != null) {
      ssh.close();
    }
  }

  private static void configureHttp(
      Transport transport,
      GitCredentials credentials,
      ConfiguredHttpConnectionFactory connections) {
    if (transport instanceof TransportHttp http) {
      http.setHttpConnectionFactory(connections);
      if (credentials.hasBearerToken()) {
        http.setAdditionalHeaders(Map.of("Authorization", "Bearer " + credentials.bearerToken()));
      } else if (credentials.hasBasicAuth()) {
        http.setPreemptiveBasicAuthentication(
            credentials.username(), credentials.password() == null ? "" : credentials.password());
      }
    }
  }
}
