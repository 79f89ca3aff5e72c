package io.fluxjava.source.git.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.api.model.Event;
import io.fluxjava.api.meta.Artifact;
import io.fluxjava.api.meta.LocalObjectReference;
import io.fluxjava.api.source.GitProvider;
import io.fluxjava.api.source.GitRepository;
import io.fluxjava.api.source.GitRepositoryInclude;
import io.fluxjava.api.source.GitRepositoryRef;
import io.fluxjava.api.source.GitRepositoryVerification;
import io.fluxjava.artifact.ArtifactFetcher;
import io.fluxjava.artifact.ArtifactUrlRewriter;
import io.fluxjava.artifact.FetchOptions;
import io.fluxjava.artifact.FetchResult;
import io.fluxjava.testkit.git.GitHttpServer;
import io.fluxjava.testkit.git.GitWorkspace;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitRepositoryReconcilerTest {

  @TempDir Path serverRoot;
  @TempDir Path scratch;
  @TempDir Path storageRoot;
  private GitHttpServer server;
  private GitWorkspace repo;
  private GitRepositoryFixture fixture;

  @BeforeEach
  void setUp() throws IOException {
    server = GitHttpServer.withBasicAuth(serverRoot, "flux", "s3cret");
    repo = GitWorkspace.create(serverRoot, "repo.git", scratch);
    repo.write("deploy/app.yaml", "kind: Deployment\n")
        .write("README.md", "docs\n")
        .commit("first commit");
    repo.push("main", false);
    fixture = new GitRepositoryFixture(storageRoot);
    fixture.secret("git-auth", Map.of("username", "flux", "password", "s3cret"));
  }

  @AfterEach
  void tearDown() {
    fixture.close();
    server.close();
  }

  private GitRepository createMain(String name) {
    return fixture.create(
        name,
        server.url("repo.git"),
        spec -> {
          spec.setSecretRef(ref("git-auth"));
          spec.setRef(branch("main"));
        });
  }

  @Test
  void becomesReadyWithTheRevisionAndServesATarballMatchingTheDigest() throws Exception {
    createMain("app");

    GitRepository app = fixture.reconcile("app");

    String revision = "main@sha1:" + repo.head();
    Artifact artifact = app.getStatus().getArtifact();
    assertThat(artifact.getRevision()).isEqualTo(revision);
    assertThat(artifact.getPath())
        .isEqualTo("gitrepository/flux-system/app/" + repo.head() + ".tar.gz");
    assertThat(condition(app, "Ready"))
        .hasValueSatisfying(
            c ->
                assertCondition(
                    c, "True", "Succeeded", "stored artifact for revision '" + revision + "'"));
    assertThat(condition(app, "ArtifactInStorage"))
        .hasValueSatisfying(c -> assertThat(c.getStatus()).isEqualTo("True"));
    assertThat(condition(app, "Reconciling")).isEmpty();
    assertThat(app.getStatus().getObservedGeneration()).isEqualTo(1L);
    Path extracted = download(artifact);
    assertThat(extracted.resolve("deploy/app.yaml")).hasContent("kind: Deployment");
    assertThat(fixture.events("app"))
        .extracting(Event::getReason, Event::getMessage)
        .contains(
            org.assertj.core.groups.Tuple.tuple(
                "NewArtifact", "stored artifact for commit 'first commit'"));
  }

  @Test
  void unchangedRemoteIsNotFetchedAgain() {
    createMain("app");
    Artifact first = fixture.reconcile("app").getStatus().getArtifact();
    int fetches = server.uploadPackRequests();

    GitRepository again = fixture.reconcile("app");

    assertThat(server.uploadPackRequests()).isEqualTo(fetches);
    assertThat(again.getStatus().getArtifact().getDigest()).isEqualTo(first.getDigest());
    assertThat(condition(again, "Ready"))
        .hasValueSatisfying(c -> assertThat(c.getStatus()).isEqualTo("True"));
  }

  @Test
  void newCommitReplacesTheArtifactAndKeepsTheRecentOne() {
    createMain("app");
    Artifact first = fixture.reconcile("app").getStatus().getArtifact();
    String second = repo.write("deploy/app.yaml", "kind: Deployment # 2\n").commit("second");
    repo.push("main", false);

    Artifact now = fixture.reconcile("app").getStatus().getArtifact();

    assertThat(now.getRevision()).isEqualTo("main@sha1:" + second);
    assertThat(now.getDigest()).isNotEqualTo(first.getDigest());
    assertThat(storageRoot.resolve(first.getPath())).exists();
  }

  @Test
  void fetchFailureKeepsThePreviousArtifactServedAndInStatus() throws Exception {
    createMain("app");
    Artifact good = fixture.reconcile("app").getStatus().getArtifact();
    fixture.update("app", spec -> spec.setRef(branch("missing")));

    GitRepository failed = fixture.reconcile("app");

    assertThat(failed.getStatus().getArtifact()).isEqualTo(good);
    assertThat(condition(failed, "FetchFailed"))
        .hasValueSatisfying(
            c -> {
              assertThat(c.getReason()).isEqualTo("GitOperationFailed");
              assertThat(c.getMessage())
                  .startsWith("failed to checkout and determine revision: ")
                  .contains("refs/heads/missing");
            });
    assertThat(condition(failed, "Ready"))
        .hasValueSatisfying(c -> assertThat(c.getStatus()).isEqualTo("False"));
    assertThat(condition(failed, "Reconciling"))
        .hasValueSatisfying(c -> assertThat(c.getReason()).isEqualTo("ProgressingWithRetry"));
    assertThat(httpStatus(good.getUrl())).isEqualTo(200);
  }

  @Test
  void wrongPasswordIsReportedAsFetchFailed() {
    fixture.secret("wrong-auth", Map.of("username", "flux", "password", "nope"));
    fixture.create("app", server.url("repo.git"), spec -> spec.setSecretRef(ref("wrong-auth")));

    GitRepository failed = fixture.reconcile("app");

    assertThat(failed.getStatus().getArtifact()).isNull();
    assertThat(condition(failed, "FetchFailed"))
        .hasValueSatisfying(c -> assertThat(c.getMessage()).contains("not authorized"));
    assertThat(fixture.events("app")).extracting(Event::getType).contains("Warning");
  }

  @Test
  void missingSecretIsAnAuthenticationFailure() {
    fixture.create("app", server.url("repo.git"), spec -> spec.setSecretRef(ref("absent")));

    GitRepository failed = fixture.reconcile("app");

    assertThat(condition(failed, "FetchFailed"))
        .hasValueSatisfying(
            c ->
                assertCondition(
                    c,
                    "True",
                    "AuthenticationFailed",
                    "failed to get secret 'flux-system/absent': secrets \"absent\" not found"));
  }

  @Test
  void unsupportedProviderStallsWithAClearMessage() {
    fixture.create("app", server.url("repo.git"), spec -> spec.setProvider(GitProvider.GITHUB));

    GitRepository stalled = fixture.reconcile("app");

    assertThat(condition(stalled, "Stalled"))
        .hasValueSatisfying(
            c ->
                assertCondition(
                    c,
                    "True",
                    "InvalidProviderConfiguration",
                    "provider 'github' is not supported"));
  }

  @Test
  void includeCopiesAnotherRepositorysArtifactAndIgnoreFiltersFiles() throws Exception {
    createMain("shared");
    fixture.reconcile("shared");
    createMain("app");
    fixture.update(
        "app",
        spec -> {
          GitRepositoryInclude include = new GitRepositoryInclude();
          include.setRepository(ref("shared"));
          include.setFromPath("deploy");
          include.setToPath("vendor/shared");
          spec.setInclude(List.of(include));
          spec.setIgnore("*.md\n");
        });

    GitRepository app = fixture.reconcile("app");

    Path extracted = download(app.getStatus().getArtifact());
    assertThat(extracted.resolve("vendor/shared/app.yaml")).hasContent("kind: Deployment");
    assertThat(extracted.resolve("README.md")).doesNotExist();
    assertThat(app.getStatus().getIncludedArtifacts())
        .containsExactly(fixture.get("shared").getStatus().getArtifact());
    assertThat(app.getStatus().getObservedIgnore()).isEqualTo("*.md\n");
  }

  @Test
  void missingIncludeIsIncludeUnavailable() {
    createMain("app");
    fixture.update(
        "app",
        spec -> {
          GitRepositoryInclude include = new GitRepositoryInclude();
          include.setRepository(ref("nowhere"));
          spec.setInclude(List.of(include));
        });

    assertThat(condition(fixture.reconcile("app"), "IncludeUnavailable"))
        .hasValueSatisfying(c -> assertThat(c.getReason()).isEqualTo("NotFound"));
  }

  @Test
  void unsignedCommitFailsVerificationWithoutNewArtifact() {
    fixture.secret("keys", Map.of("key.asc", "not used: the commit carries no signature"));
    createMain("app");
    fixture.update(
        "app",
        spec -> {
          GitRepositoryVerification verify = new GitRepositoryVerification();
          verify.setSecretRef(ref("keys"));
          spec.setVerify(verify);
        });

    GitRepository app = fixture.reconcile("app");

    assertThat(app.getStatus().getArtifact()).isNull();
    assertThat(condition(app, "SourceVerified"))
        .hasValueSatisfying(c -> assertThat(c.getStatus()).isEqualTo("False"));
    assertThat(condition(app, "Ready"))
        .hasValueSatisfying(c -> assertThat(c.getReason()).isEqualTo("VerificationError"));
  }

  @Test
  void sameCommitGivesTheSameDigestAndDeletionRemovesTheFiles() {
    createMain("one");
    createMain("two");

    Artifact one = fixture.reconcile("one").getStatus().getArtifact();
    Artifact two = fixture.reconcile("two").getStatus().getArtifact();

    assertThat(two.getDigest()).isEqualTo(one.getDigest());
    fixture.cleanup("one");
    assertThat(storageRoot.resolve("gitrepository/flux-system/one")).doesNotExist();
    assertThat(storageRoot.resolve(two.getPath())).exists();
  }

  @Test
  void vanishedArtifactIsRebuilt() throws IOException {
    createMain("app");
    Artifact first = fixture.reconcile("app").getStatus().getArtifact();
    Files.delete(storageRoot.resolve(first.getPath()));

    GitRepository app = fixture.reconcile("app");

    assertThat(storageRoot.resolve(first.getPath())).exists();
    assertThat(app.getStatus().getArtifact().getDigest()).isEqualTo(first.getDigest());
  }

  private Path download(Artifact artifact) throws IOException {
    Path target = Files.createTempDirectory(scratch, "download");
    FetchResult result =
        new ArtifactFetcher(
                HttpClient.newHttpClient(),
                FetchOptions.DEFAULT.withRetries(0, Duration.ofMillis(10)),
                new ArtifactUrlRewriter(null, null))
            .fetch(artifact.getUrl(), artifact.getDigest(), target);
    assertThat(result).isInstanceOf(FetchResult.Extracted.class);
    return target;
  }

  private static int httpStatus(String url) throws IOException, InterruptedException {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  private static Optional<Condition> condition(GitRepository repo, String type) {
    return repo.getStatus().getConditions() == null
        ? Optional.empty()
        : repo.getStatus().getConditions().stream()
            .filter(c -> type.equals(c.getType()))
            .findFirst();
  }

  private static void assertCondition(Condition c, String status, String reason, String message) {
    assertThat(c.getStatus()).isEqualTo(status);
    assertThat(c.getReason()).isEqualTo(reason);
    assertThat(c.getMessage()).isEqualTo(message);
  }

  private static LocalObjectReference ref(String name) {
    LocalObjectReference ref = new LocalObjectReference();
    ref.setName(name);
    return ref;
  }

  private static GitRepositoryRef branch(String name) {
    GitRepositoryRef ref = new GitRepositoryRef();
    ref.setBranch(name);
    return ref;
  }
}
