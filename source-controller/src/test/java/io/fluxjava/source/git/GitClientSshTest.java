package io.fluxjava.source.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fluxjava.testkit.git.GitSshServer;
import io.fluxjava.testkit.git.GitWorkspace;
import io.fluxjava.testkit.git.SshTestKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitClientSshTest {

  @TempDir Path serverRoot;
  @TempDir Path scratch;
  private GitSshServer server;
  private GitWorkspace repo;
  private SshTestKey key;
  private final GitClient client = new GitClient();

  @BeforeEach
  void setUp() throws IOException, GeneralSecurityException {
    key = SshTestKey.generate(scratch, "id_ecdsa", "key-passphrase");
    server = GitSshServer.start(serverRoot, key.publicKeyLine());
    repo = GitWorkspace.create(serverRoot, "repo.git", scratch);
    repo.write("deploy/app.yaml", "kind: Deployment\n").commit("first");
    repo.push("main", false);
  }

  @AfterEach
  void tearDown() throws IOException {
    server.close();
  }

  private CheckoutRequest request(Map<String, byte[]> secret) {
    return new CheckoutRequest(
        server.url("repo.git"),
        GitReference.ofBranch("main"),
        GitCredentials.fromSecretData(secret),
        null,
        Duration.ofSeconds(30),
        false,
        List.of(),
        null);
  }

  private Map<String, byte[]> secret(String knownHosts, String password) {
    Map<String, byte[]> data = new HashMap<>();
    data.put("identity", key.privateKey());
    data.put("known_hosts", knownHosts.getBytes(StandardCharsets.UTF_8));
    data.put("password", password.getBytes(StandardCharsets.UTF_8));
    return data;
  }

  @Test
  void clonesWithAnEncryptedKeyAndAKnownHost() throws IOException {
    CheckoutResult result =
        client.checkout(
            request(secret(server.knownHostsLine(), "key-passphrase")), scratch.resolve("out"));

    assertThat(result.revision()).isEqualTo("main@sha1:" + repo.head());
    assertThat(scratch.resolve("out/deploy/app.yaml")).hasContent("kind: Deployment");
    assertThat(client.remoteRevision(request(secret(server.knownHostsLine(), "key-passphrase"))))
        .isEqualTo(result.revision());
  }

  @Test
  void unknownHostKeyIsRefused() throws IOException, GeneralSecurityException {
    String otherHost;
    try (GitSshServer other = GitSshServer.start(serverRoot, key.publicKeyLine())) {
      otherHost = other.knownHostsLine().replaceFirst(":\\d+ ", ":" + portOf(server) + " ");
    }

    assertThatThrownBy(
            () ->
                client.checkout(
                    request(secret(otherHost, "key-passphrase")), scratch.resolve("out")))
        .isInstanceOf(GitException.class)
        .hasMessageContaining("Server key did not validate");
  }

  @Test
  void missingKnownHostsIsAnAuthenticationError() {
    Map<String, byte[]> data = secret("", "key-passphrase");
    data.remove("known_hosts");

    assertThatThrownBy(() -> client.checkout(request(data), scratch.resolve("out")))
        .isInstanceOf(GitException.class)
        .hasMessage("invalid 'ssh' auth option: 'known_hosts' is required")
        .extracting(e -> ((GitException) e).kind())
        .isEqualTo(GitException.Kind.AUTHENTICATION);
  }

  @Test
  void keyNotAuthorizedByTheServerIsRefused() {
    SshTestKey stranger = SshTestKey.generate(scratch, "stranger", "");
    Map<String, byte[]> data = secret(server.knownHostsLine(), "");
    data.put("identity", stranger.privateKey());

    assertThatThrownBy(() -> client.checkout(request(data), scratch.resolve("out")))
        .isInstanceOf(GitException.class)
        .hasMessageContaining("Cannot log in");
  }

  private static String portOf(GitSshServer server) {
    String url = server.url("x");
    return url.substring(url.lastIndexOf(':') + 1, url.indexOf('/', url.lastIndexOf(':')));
  }
}
