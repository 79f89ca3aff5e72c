package io.fluxjava.notification.providers;

import static io.fluxjava.notification.providers.JsonAssert.assertJsonEquals;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fluxjava.notification.events.Event;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GitProvidersTest extends NotifierTestSupport {

  private static final String UID = "0c9b4e1a-aaaa-bbbb-cccc-dddddddddddd";
  private static final String STATUS_ID = "kustomization/apps/0c9b4e1a";

  private void post(String type, String path, String token, Event event) throws Exception {
    provider(type, path).token(token).providerUid(UID).post(event);
  }

  @Test
  void gitHubEnterpriseCommitStatus() throws Exception {
    post("github", "/org/repo", "ghp", TestEvents.succeeded());

    assertThat(server.requests()).hasSize(2);
    assertThat(server.requests().get(0).path())
        .isEqualTo("/api/v3/repos/org/repo/commits/" + TestEvents.COMMIT + "/statuses?per_page=50");
    RecordingServer.Request request = server.requests().get(1);
    assertThat(request.path()).isEqualTo("/api/v3/repos/org/repo/statuses/" + TestEvents.COMMIT);
    assertThat(request.header("Authorization")).isEqualTo("Bearer ghp");
    assertJsonEquals(
        """
        {"state":"success","description":"reconciliation succeeded","context":"%s"}
        """
            .formatted(STATUS_ID),
        request.body());
  }

  @Test
  void gitHubSkipsAStatusTheCommitAlreadyShows() throws Exception {
    server.body(
        """
        [{"context":"%s","state":"success","description":"reconciliation succeeded"},
         {"context":"%s","state":"failure","description":"reconciliation failed"}]
        """
            .formatted(STATUS_ID, STATUS_ID));

    post("github", "/org/repo", "ghp", TestEvents.succeeded());

    assertThat(server.single().method()).isEqualTo("GET");
  }

  @Test
  void gitHubSkipsProgressingAndFailsWithoutRevision() throws Exception {
    post(
        "github",
        "/org/repo",
        "t",
        TestEvents.kustomization(Event.SEVERITY_INFO, "Progressing", Map.of()));
    assertThat(server.requests()).isEmpty();

    assertThatThrownBy(
            () ->
                post(
                    "github",
                    "/org/repo",
                    "t",
                    TestEvents.kustomization(Event.SEVERITY_ERROR, "Failed", Map.of())))
        .isInstanceOf(NotificationException.class)
        .hasMessageContaining("missing revision");
  }

  @Test
  void gitLabCommitStatusWithPrivateToken() throws Exception {
    post("gitlab", "/group/sub/project.git", "glpat", TestEvents.failed());

    RecordingServer.Request request = server.single();
    assertThat(request.path())
        .isEqualTo("/api/v4/projects/group%2Fsub%2Fproject/statuses/" + TestEvents.COMMIT);
    assertThat(request.header("PRIVATE-TOKEN")).isEqualTo("glpat");
    assertJsonEquals(
        """
        {"state":"failed","name":"%s","description":"reconciliation failed"}
        """
            .formatted(STATUS_ID),
        request.body());
  }

  @Test
  void giteaCommitStatusPendingWhileProgressing() throws Exception {
    post(
        "gitea",
        "/org/repo",
        "gt",
        TestEvents.kustomization(
            Event.SEVERITY_INFO, "Progressing", Map.of("revision", "sha1:" + TestEvents.COMMIT)));

    assertThat(server.requests().get(0).method()).isEqualTo("GET");
    RecordingServer.Request request = server.requests().get(1);
    assertThat(request.path()).isEqualTo("/api/v1/repos/org/repo/statuses/" + TestEvents.COMMIT);
    assertThat(request.header("Authorization")).isEqualTo("token gt");
    assertJsonEquals(
        """
        {"state":"pending","target_url":"","description":"progressing","context":"%s"}
        """
            .formatted(STATUS_ID),
        request.body());
  }

  @Test
  void bitbucketCloudBuildStatusWithAppPassword() throws Exception {
    post("bitbucket", "/owner/repo", "user:app-pass", TestEvents.succeeded());

    RecordingServer.Request request = server.single();
    assertThat(request.path())
        .isEqualTo("/2.0/repositories/owner/repo/commit/" + TestEvents.COMMIT + "/statuses/build");
    assertThat(request.header("Authorization")).isEqualTo("Basic dXNlcjphcHAtcGFzcw==");
    assertJsonEquals(
        """
        {"state":"SUCCESSFUL","key":"%s","name":"kustomization/apps",
         "description":"reconciliation succeeded","url":"https://bitbucket.org"}
        """
            .formatted(Sha1.hex(STATUS_ID)),
        request.body());
  }

  @Test
  void bitbucketServerBuildStatusUnderContextPath() throws Exception {
    post("bitbucketserver", "/bb/scm/PROJ/repo.git", "bbtoken", TestEvents.failed());

    RecordingServer.Request request = server.single();
    assertThat(request.path())
        .isEqualTo(
            "/bb/rest/api/latest/projects/PROJ/repos/repo/commits/"
                + TestEvents.COMMIT
                + "/builds");
    assertThat(request.header("Authorization")).isEqualTo("Bearer bbtoken");
    assertThat(request.header("x-atlassian-token")).isEqualTo("no-check");
    assertJsonEquals(
        """
        {"description":"reconciliation failed","key":"%s",
         "name":"kustomization/apps [reconciliation failed]","state":"FAILED","url":"%s"}
        """
            .formatted(Sha1.hex(STATUS_ID), server.url("/bb/scm/PROJ/repo.git")),
        request.body());
  }

  @Test
  void azureDevOpsCommitStatusWithPat() throws Exception {
    post("azuredevops", "/org/project/_git/repo", "pat", TestEvents.succeeded());

    RecordingServer.Request request = server.single();
    assertThat(request.path())
        .isEqualTo(
            "/org/project/_apis/git/repositories/repo/commits/"
                + TestEvents.COMMIT
                + "/statuses?api-version=6.0");
    assertThat(request.header("Authorization")).isEqualTo("Basic OnBhdA==");
    assertJsonEquals(
        """
        {"state":"succeeded","description":"reconciliation succeeded",
         "context":{"genre":"fluxcd","name":"%s"}}
        """
            .formatted(STATUS_ID),
        request.body());
  }

  @Test
  void gitHubDispatchEmbedsTheEvent() throws Exception {
    post("githubdispatch", "/org/repo", "ghp", TestEvents.failed());

    RecordingServer.Request request = server.single();
    assertThat(request.path()).isEqualTo("/api/v3/repos/org/repo/dispatches");
    assertJsonEquals(
        """
        {"event_type":"Kustomization/apps.flux-system","client_payload":{
          "involvedObject":{"kind":"Kustomization","namespace":"flux-system","name":"apps",
            "uid":"7f2c6c3e-1111-2222-3333-444455556666","apiVersion":"kustomize.toolkit.fluxcd.io/v1"},
          "severity":"error","timestamp":"2026-08-01T10:00:00Z",
          "message":"Reconciliation finished in 1.2s, next run in 10m0s","reason":"ReconciliationFailed",
          "metadata":{"revision":"main@sha1:%s"},"reportingController":"kustomize-controller",
          "reportingInstance":"kustomize-controller-7c9d"}}
        """
            .formatted(TestEvents.COMMIT),
        request.body());
  }
}
