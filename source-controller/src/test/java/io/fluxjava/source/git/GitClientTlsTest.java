package io.fluxjava.source.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fluxjava.testkit.git.GitHttpServer;
import io.fluxjava.testkit.git.GitWorkspace;
import io.fluxjava.testkit.git.TestCertificates;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitClientTlsTest {

  @TempDir Path serverRoot;
  @TempDir Path scratch;
  private TestCertificates ca;
  private TestCertificates.Issued serverCert;
  private GitWorkspace repo;
  private final GitClient client = new GitClient();

  @BeforeEach
  void setUp() throws GeneralSecurityException {
    ca = TestCertificates.newAuthority("flux test CA");
    serverCert = ca.issue("git.test", "127.0.0.1");
    repo = GitWorkspace.create(serverRoot, "repo.git", scratch);
    repo.write("app.yaml", "kind: ConfigMap\n").commit("first");
    repo.push("main", false);
  }

  private CheckoutRequest request(String url, Map<String, String> secret) {
    Map<String, byte[]> data = new HashMap<>();
    secret.forEach((key, value) -> data.put(key, value.getBytes(StandardCharsets.UTF_8)));
    return new CheckoutRequest(
        url,
        GitReference.ofBranch("main"),
        GitCredentials.fromSecretData(data),
        null,
        Duration.ofSeconds(30),
        false,
        List.of(),
        null);
  }

  @Test
  void customCaFromTheSecretIsTrusted() throws IOException, GeneralSecurityException {
    try (GitHttpServer server =
        GitHttpServer.withTls(serverRoot, serverCert.serverContext(false))) {
      String url = server.url("repo.git");

      assertThat(client.remoteRevision(request(url, Map.of("ca.crt", ca.caPem()))))
          .isEqualTo("main@sha1:" + repo.head());
      assertThatThrownBy(() -> client.remoteRevision(request(url, Map.of())))
          .isInstanceOf(GitException.class);
    }
  }

  @Test
  void clientCertificateIsPresentedWhenTheServerAsks()
      throws IOException, GeneralSecurityException {
    TestCertificates.Issued clientCert = ca.issue("flux", null);
    try (GitHttpServer server =
        GitHttpServer.withMutualTls(serverRoot, serverCert.serverContext(true))) {
      String url = server.url("repo.git");

      CheckoutResult result =
          client.checkout(
              request(
                  url,
                  Map.of(
                      "ca.crt", ca.caPem(),
                      "tls.crt", clientCert.certPem(),
                      "tls.key", clientCert.keyPem())),
              scratch.resolve("out"));

      assertThat(result.revision()).isEqualTo("main@sha1:" + repo.head());
      assertThatThrownBy(() -> client.remoteRevision(request(url, Map.of("ca.crt", ca.caPem()))))
          .isInstanceOf(GitException.class);
    }
  }
}
