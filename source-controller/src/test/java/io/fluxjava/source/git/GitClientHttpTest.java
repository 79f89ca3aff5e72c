package io.fluxjava.source.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fluxjava.testkit.git.GitHttpServer;
import io.fluxjava.testkit.git.GitWorkspace;
import io.fluxjava.testkit.git.HttpForwardProxy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitClientHttpTest {

  @TempDir Path serverRoot;
  @TempDir Path scratch;
  private GitHttpServer server;
  private GitWorkspace repo;
  private final GitClient client = new GitClient();

  @BeforeEach
  void setUp() throws IOException {
    server = GitHttpServer.withBasicAuth(serverRoot, "flux", "s3cret");
    repo = GitWorkspace.create(serverRoot, "repo.git", scratch);
    repo.write("deploy/app.yaml", "kind: Deployment\n").write("README.md", "hello\n");
    repo.commit("first");
    repo.push("main", false);
  }

  @AfterEach
  void tearDown() {
    server.close();
  }

  private CheckoutRequest request(GitReference ref) {
    return new CheckoutRequest(
        server.url("repo.git"),
        ref,
        credentials("flux", "s3cret"),
        null,
        Duration.ofSeconds(30),
        false,
        List.of(),
        null);
  }

  private static GitCredentials credentials(String username, String password) {
    return GitCredentials.fromSecretData(
        Map.of(
            "username", username.getBytes(StandardCharsets.UTF_8),
            "password", password.getBytes(StandardCharsets.UTF_8)));
  }

  private Path worktree(String name) {
    return scratch.resolve(name);
  }

  @Test
  void checksOutTheBranchTipWithUpstreamsRevisionString() throws IOException {
    String second =
        repo.write("deploy/app.yaml", "kind: Deployment # v2\n").commit("second change");
    repo.push("main", false);

    CheckoutResult result =
        client.checkout(request(GitReference.ofBranch("main")), worktree("out"));

    assertThat(result.revision()).isEqualTo("main@sha1:" + second);
    assertThat(result.subject()).isEqualTo("second change");
    assertThat(worktree("out").resolve("deploy/app.yaml")).hasContent("kind: Deployment # v2");
    assertThat(worktree("out").resolve(".git")).doesNotExist();
  }

  @Test
  void nothingSetMeansBranchMaster() throws IOException {
    repo.git("branch", "master");
    String head = repo.head();
    repo.push("master", false);

    CheckoutResult result =
        client.checkout(request(new GitReference(null, null, null, null, null)), worktree("out"));

    assertThat(result.revision()).isEqualTo("master@sha1:" + head);
  }

  @Test
  void tagsAnnotatedOrNotResolveToTheirCommit() throws IOException {
    String tagged = repo.head();
    repo.tag("v1.0.0").annotatedTag("v1.1.0", "release 1.1");

    assertThat(client.checkout(request(GitReference.ofTag("v1.0.0")), worktree("a")).revision())
        .isEqualTo("v1.0.0@sha1:" + tagged);
    assertThat(client.checkout(request(GitReference.ofTag("v1.1.0")), worktree("b")).revision())
        .isEqualTo("v1.1.0@sha1:" + tagged);
    assertThat(client.remoteRevision(request(GitReference.ofTag("v1.1.0"))))
        .isEqualTo("v1.1.0@sha1:" + tagged);
  }

  @Test
  void semverPicksTheHighestMatchingTag() throws IOException {
    repo.tag("v1.0.0");
    String wanted = repo.write("a.txt", "1.2").commit("1.2");
    repo.tag("1.2.0");
    repo.write("a.txt", "2.0").commit("2.0");
    repo.tag("v2.0.0").tag("v1.3.0-rc.1").tag("not-a-version");
    repo.push("main", false);

    CheckoutResult result =
        client.checkout(request(GitReference.ofSemver(">=1.0.0 <2.0.0")), worktree("out"));

    assertThat(result.revision()).isEqualTo("1.2.0@sha1:" + wanted);
    assertThatThrownBy(
            () -> client.checkout(request(GitReference.ofSemver(">=3.0.0")), worktree("none")))
        .isInstanceOf(GitException.class)
        .hasMessageContaining("no match found for semver: >=3.0.0");
  }

  @Test
  void commitPinsTheCheckoutWithOrWithoutBranch() throws IOException {
    String first = repo.head();
    repo.write("a.txt", "later").commit("later");
    repo.push("main", false);

    CheckoutResult bare =
        client.checkout(request(GitReference.ofCommit(first, null)), worktree("a"));
    CheckoutResult onBranch =
        client.checkout(request(GitReference.ofCommit(first, "main")), worktree("b"));

    assertThat(bare.revision()).isEqualTo("sha1:" + first);
    assertThat(onBranch.revision()).isEqualTo("main@sha1:" + first);
    assertThat(worktree("a").resolve("a.txt")).doesNotExist();
    assertThatThrownBy(
            () ->
                client.remoteRevision(request(GitReference.ofCommit(first.substring(0, 7), null))))
        .isInstanceOf(GitException.class)
        .hasMessageContaining("not a full SHA-1 hash");
  }

  @Test
  void nameFetchesAnyRefWithItsFullName() throws IOException {
    String pr = repo.write("pr.txt", "change").commit("pull request");
    repo.git("push", "origin", "HEAD:refs/pull/1/head");

    CheckoutResult result =
        client.checkout(request(GitReference.ofName("refs/pull/1/head")), worktree("out"));

    assertThat(result.revision()).isEqualTo("refs/pull/1/head@sha1:" + pr);
  }

  @Test
  void forcePushedBranchIsFollowed() throws IOException {
    client.checkout(request(GitReference.ofBranch("main")), worktree("before"));
    repo.git("checkout", "--orphan", "rewritten");
    repo.git("rm", "-rf", "--cached", ".");
    repo.write("new.txt", "rewritten history");
    String rewritten = repo.commit("rewritten");
    repo.git("push", "--force", "origin", "rewritten:main");

    CheckoutResult result =
        client.checkout(request(GitReference.ofBranch("main")), worktree("after"));

    assertThat(result.revision()).isEqualTo("main@sha1:" + rewritten);
    assertThat(client.remoteRevision(request(GitReference.ofBranch("main"))))
        .isEqualTo(result.revision());
  }

  @Test
  void remoteRevisionOnlyListsRefs() throws IOException {
    int fetchesBefore = server.uploadPackRequests();

    String revision = client.remoteRevision(request(GitReference.ofBranch("main")));

    assertThat(revision).isEqualTo("main@sha1:" + repo.head());
    assertThat(server.uploadPackRequests()).isEqualTo(fetchesBefore);
  }

  @Test
  void sparseCheckoutWritesOnlyTheGivenDirectories() throws IOException {
    repo.write("apps/x.yaml", "x").write("infra/y.yaml", "y").commit("dirs");
    repo.push("main", false);
    CheckoutRequest sparse =
        new CheckoutRequest(
            server.url("repo.git"),
            GitReference.ofBranch("main"),
            credentials("flux", "s3cret"),
            null,
            Duration.ofSeconds(30),
            false,
            List.of("./apps/", "deploy"),
            null);

    client.checkout(sparse, worktree("out"));

    assertThat(worktree("out").resolve("apps/x.yaml")).exists();
    assertThat(worktree("out").resolve("deploy/app.yaml")).exists();
    assertThat(worktree("out").resolve("infra")).doesNotExist();
    assertThat(worktree("out").resolve("README.md")).doesNotExist();
  }

  @Test
  void bearerTokenAuthenticates() throws IOException {
    try (GitHttpServer tokenServer = GitHttpServer.withBearerToken(serverRoot, "t0ken")) {
      CheckoutRequest withToken =
          new CheckoutRequest(
              tokenServer.url("repo.git"),
              GitReference.ofBranch("main"),
              GitCredentials.fromSecretData(
                  Map.of("bearerToken", "t0ken".getBytes(StandardCharsets.UTF_8))),
              null,
              Duration.ofSeconds(30),
              false,
              List.of(),
              null);

      assertThat(client.checkout(withToken, worktree("out")).revision())
          .isEqualTo("main@sha1:" + repo.head());
      assertThatThrownBy(
              () ->
                  client.remoteRevision(
                      CheckoutRequest.anonymous(
                          tokenServer.url("repo.git"), GitReference.ofBranch("main"))))
          .isInstanceOf(GitException.class);
    }
  }

  @Test
  void credentialsInTheUrlNeverReachErrorMessages() {
    String url = server.url("missing.git").replace("http://", "http://flux:s3cret@");

    assertThatThrownBy(
            () ->
                client.checkout(
                    CheckoutRequest.anonymous(url, GitReference.ofBranch("main")), worktree("out")))
        .isInstanceOf(GitException.class)
        .hasMessageContaining("unable to clone")
        .hasMessageNotContaining("s3cret");
  }

  @Test
  void proxyFromTheProxySecretCarriesTheTraffic() throws IOException {
    try (HttpForwardProxy proxy = HttpForwardProxy.withBasicAuth("proxy-user", "proxy-pass")) {
      ProxySettings settings =
          ProxySettings.fromSecretData(
              Map.of(
                  "address", proxy.address().getBytes(StandardCharsets.UTF_8),
                  "username", "proxy-user".getBytes(StandardCharsets.UTF_8),
                  "password", "proxy-pass".getBytes(StandardCharsets.UTF_8)));
      CheckoutRequest proxied =
          new CheckoutRequest(
              server.url("repo.git"),
              GitReference.ofBranch("main"),
              credentials("flux", "s3cret"),
              settings,
              Duration.ofSeconds(30),
              false,
              List.of(),
              null);

      CheckoutResult result = client.checkout(proxied, worktree("out"));

      assertThat(result.revision()).isEqualTo("main@sha1:" + repo.head());
      assertThat(proxy.forwardedRequests()).isPositive();
    }
  }

  @Test
  void submodulesAreCheckedOutWhenAsked() throws IOException {
    GitWorkspace library = GitWorkspace.create(serverRoot, "library.git", scratch);
    library.write("lib.yaml", "library").commit("library");
    library.push("main", false);
    repo.git(
        "-c", "protocol.file.allow=always", "submodule", "add", "../library.git", "vendor/library");
    repo.commit("add submodule");
    repo.push("main", false);
    CheckoutRequest recursive =
        new CheckoutRequest(
            server.url("repo.git"),
            GitReference.ofBranch("main"),
            credentials("flux", "s3cret"),
            null,
            Duration.ofSeconds(30),
            true,
            List.of(),
            null);

    client.checkout(recursive, worktree("with"));
    client.checkout(request(GitReference.ofBranch("main")), worktree("without"));

    assertThat(worktree("with").resolve("vendor/library/lib.yaml")).hasContent("library");
    assertThat(worktree("without").resolve("vendor/library/lib.yaml")).doesNotExist();
  }

  @Test
  void wrongPasswordMissingRefAndServerDownFailWithClearMessages() throws IOException {
    CheckoutRequest wrongPassword =
        new CheckoutRequest(
            server.url("repo.git"),
            GitReference.ofBranch("main"),
            credentials("flux", "wrong"),
            null,
            Duration.ofSeconds(30),
            false,
            List.of(),
            null);
    assertThatThrownBy(() -> client.checkout(wrongPassword, worktree("a")))
        .isInstanceOf(GitException.class)
        .hasMessageContaining("not authorized");
    assertThatThrownBy(() -> client.checkout(request(GitReference.ofBranch("nope")), worktree("b")))
        .isInstanceOf(GitException.class)
        .hasMessageContaining("refs/heads/nope");

    String url = server.url("repo.git");
    server.close();
    assertThatThrownBy(
            () ->
                client.remoteRevision(
                    CheckoutRequest.anonymous(url, GitReference.ofBranch("main"))))
        .isInstanceOf(GitException.class)
        .hasMessageContaining("unable to clone '" + url + "'");
    assertThat(Files.exists(worktree("b").resolve("README.md"))).isFalse();
  }
}
