package io.fluxjava.source.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fluxjava.testkit.git.GitHttpServer;
import io.fluxjava.testkit.git.GitWorkspace;
import io.fluxjava.testkit.git.PgpTestKey;
import io.fluxjava.testkit.git.SshTestKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommitSignaturesTest {

  @TempDir static Path serverRoot;
  @TempDir static Path scratch;
  private static GitHttpServer server;
  private static PgpTestKey trusted;
  private static PgpTestKey untrusted;
  private static SshTestKey sshKey;
  private static GitWorkspace repo;
  private final GitClient client = new GitClient();

  @BeforeAll
  static void setUp() throws IOException {
    server = GitHttpServer.anonymous(serverRoot);
    trusted = PgpTestKey.generate(scratch, "trusted", "Trusted <trusted@example.com>");
    untrusted = PgpTestKey.generate(scratch, "untrusted", "Other <other@example.com>");
    sshKey = SshTestKey.generate(scratch, "signing", "");
    repo = GitWorkspace.create(serverRoot, "repo.git", scratch);
    repo.signWithPgp(trusted).write("a.yaml", "a").commit("pgp signed");
    repo.annotatedTag("v1.0.0", "signed tag");
    repo.git("branch", "pgp");
    repo.signWithPgp(untrusted).write("a.yaml", "b").commit("signed by someone else");
    repo.git("branch", "other");
    repo.signWithSsh(sshKey).write("a.yaml", "c").commit("ssh signed");
    repo.annotatedTag("v2.0.0", "ssh signed tag");
    repo.git("branch", "ssh");
    repo.stopSigning().write("a.yaml", "d").commit("unsigned");
    repo.annotatedTag("v3.0.0", "unsigned tag");
    repo.git("push", "origin", "main", "pgp", "other", "ssh");
  }

  @AfterAll
  static void tearDown() {
    server.close();
  }

  private String check(GitReference ref, VerificationRequest.Mode mode) throws IOException {
    Map<String, byte[]> keys =
        Map.of(
            "trusted.asc", trusted.armoredPublicKey().getBytes(StandardCharsets.UTF_8),
            "signing.sshpub", sshKey.publicKeyLine().getBytes(StandardCharsets.UTF_8));
    CheckoutRequest request =
        new CheckoutRequest(
            server.url("repo.git"),
            ref,
            GitCredentials.NONE,
            null,
            Duration.ofSeconds(30),
            false,
            List.of(),
            new VerificationRequest(mode, keys));
    return client.checkout(request, scratch.resolve("out-" + System.nanoTime())).verification();
  }

  @Test
  void openPgpSignedCommitVerifiesWithTheSecretsKey() throws IOException {
    assertThat(check(GitReference.ofBranch("pgp"), VerificationRequest.Mode.HEAD))
        .startsWith("verified signature of\n\t- commit '")
        .contains("with key '" + trusted.fingerprint() + "'");
  }

  @Test
  void sshSignedCommitVerifiesWithTheSecretsKey() throws IOException {
    assertThat(check(GitReference.ofBranch("ssh"), VerificationRequest.Mode.HEAD))
        .startsWith("verified signature of");
  }

  @Test
  void signedTagsVerifyInTagModes() throws IOException {
    assertThat(check(GitReference.ofTag("v1.0.0"), VerificationRequest.Mode.TAG))
        .contains("- tag 'v1.0.0' with key '" + trusted.fingerprint() + "'");
    assertThat(check(GitReference.ofTag("v2.0.0"), VerificationRequest.Mode.TAG_AND_HEAD))
        .contains("- tag 'v2.0.0'")
        .contains("- commit '");
  }

  @Test
  void unsignedOrForeignSignaturesFailVerification() {
    assertVerificationFails(
        GitReference.ofBranch("main"), VerificationRequest.Mode.HEAD, "not signed");
    assertVerificationFails(
        GitReference.ofBranch("other"), VerificationRequest.Mode.HEAD, "no key in the secret");
    assertVerificationFails(
        GitReference.ofTag("v3.0.0"), VerificationRequest.Mode.TAG, "not signed");
    assertVerificationFails(
        GitReference.ofBranch("pgp"),
        VerificationRequest.Mode.TAG,
        "tag reference is not specified");
  }

  private void assertVerificationFails(
      GitReference ref, VerificationRequest.Mode mode, String message) {
    assertThatThrownBy(() -> check(ref, mode))
        .isInstanceOf(GitException.class)
        .hasMessageContaining(message)
        .extracting(e -> ((GitException) e).kind())
        .isEqualTo(GitException.Kind.VERIFICATION);
  }
}
