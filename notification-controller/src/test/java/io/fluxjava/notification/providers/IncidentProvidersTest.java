package io.fluxjava.notification.providers;

import static io.fluxjava.notification.providers.JsonAssert.assertJsonEquals;
import static org.assertj.core.api.Assertions.assertThat;

import io.fluxjava.notification.events.Event;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IncidentProvidersTest extends NotifierTestSupport {

  @Test
  void pagerDutyTriggersIncidentOnError() throws Exception {
    provider("pagerduty", "/x").channel("route-key").post(TestEvents.failed());

    RecordingServer.Request request = server.single();
    assertThat(request.path()).isEqualTo("/v2/enqueue");
    assertJsonEquals(
        """
        {"routing_key":"route-key","event_action":"trigger","dedup_key":"7f2c6c3e-1111-2222-3333-444455556666",
         "payload":{"summary":"reconciliation failed: kustomization/apps","source":"Flux kustomize-controller",
           "severity":"error","timestamp":"2026-08-01T10:00:00Z","component":"apps","group":"Kustomization",
           "custom_details":{"message":"Reconciliation finished in 1.2s, next run in 10m0s",
             "metadata":{"revision":"main@sha1:%s"}}}}
        """
            .formatted(TestEvents.COMMIT),
        request.body());
  }

  @Test
  void pagerDutyResolvesAndRecordsChangeOnInfo() throws Exception {
    provider("pagerduty", "/").channel("rk").post(TestEvents.succeeded());

    assertThat(server.requests())
        .extracting(RecordingServer.Request::path)
        .containsExactly("/v2/enqueue", "/v2/change/enqueue");
    assertJsonEquals(
        """
        {"routing_key":"rk","event_action":"resolve","dedup_key":"7f2c6c3e-1111-2222-3333-444455556666"}
        """,
        server.requests().get(0).body());
    assertJsonEquals(
        """
        {"routing_key":"rk","payload":{"summary":"reconciliation succeeded: kustomization/apps",
          "source":"Flux kustomize-controller","timestamp":"2026-08-01T10:00:00Z",
          "custom_details":{"message":"Reconciliation finished in 1.2s, next run in 10m0s",
            "metadata":{"revision":"main@sha1:%s"}}}}
        """
            .formatted(TestEvents.COMMIT),
        server.requests().get(1).body());
  }

  @Test
  void opsgenieSendsGenieKeyAndDetails() throws Exception {
    provider("opsgenie", "/v2/alerts").token("key").post(TestEvents.failed());

    RecordingServer.Request request = server.single();
    assertThat(request.header("Authorization")).isEqualTo("GenieKey key");
    assertJsonEquals(
        """
        {"message":"Kustomization/apps","description":"Reconciliation finished in 1.2s, next run in 10m0s",
         "details":{"revision":"main@sha1:%s","severity":"error"}}
        """
            .formatted(TestEvents.COMMIT),
        request.body());
  }

  @Test
  void alertmanagerSendsOneFiringAlert() throws Exception {
    Event event =
        TestEvents.kustomization(
            Event.SEVERITY_ERROR, "reconciliationFailed", Map.of("summary", "prod", "env", "eu"));
    provider("alertmanager", "/api/v2/alerts").post(event);

    assertJsonEquals(
        """
        [{"status":"firing",
          "labels":{"alertname":"FluxKustomizationReconciliationFailed","severity":"error",
            "reason":"reconciliationFailed","timestamp":"2026-08-01 10:00:00 +0000 UTC",
            "kind":"Kustomization","name":"apps","namespace":"flux-system",
            "reportingcontroller":"kustomize-controller","env":"eu"},
          "annotations":{"message":"Reconciliation finished in 1.2s, next run in 10m0s","summary":"prod"}}]
        """,
        server.single().body());
  }

  @Test
  void grafanaAnnotatesWithBasicAuthWhenNoToken() throws Exception {
    provider("grafana", "/api/annotations/graphite")
        .username("admin")
        .password("pw")
        .post(TestEvents.succeeded());

    RecordingServer.Request request = server.single();
    assertThat(request.header("Authorization")).isEqualTo("Basic YWRtaW46cHc=");
    assertJsonEquals(
        """
        {"when":1785578400,"text":"kustomization/apps.flux-system",
         "tags":["flux","kustomize-controller","revision: main@sha1:%s"]}
        """
            .formatted(TestEvents.COMMIT),
        request.body());
  }

  @Test
  void dataDogPostsLowerCaseTagsWithApiKey() throws Exception {
    provider("datadog", "").token("dd-key").post(TestEvents.failed());

    RecordingServer.Request request = server.single();
    assertThat(request.path()).isEqualTo("/api/v1/events");
    assertThat(request.header("DD-API-KEY")).isEqualTo("dd-key");
    assertJsonEquals(
        """
        {"alert_type":"error","date_happened":1785578400,"source_type_name":"fluxcd",
         "tags":["flux_reporting_controller:kustomize-controller","flux_reason:reconciliationfailed",
           "kube_kind:kustomization","kube_name:apps","kube_namespace:flux-system",
           "revision:main@sha1:%s"],
         "text":"Reconciliation finished in 1.2s, next run in 10m0s",
         "title":"Events from the Kustomization apps/flux-system"}
        """
            .formatted(TestEvents.COMMIT),
        request.body());
  }

  @Test
  void sentrySendsErrorsAsEventsToTheDsnProject() throws Exception {
    String dsn = server.url("/42").replace("http://", "http://public-key@");
    new ProviderBuilder("sentry", dsn).channel("production").post(TestEvents.failed());

    RecordingServer.Request request = server.single();
    assertThat(request.path()).isEqualTo("/api/42/envelope/");
    assertThat(request.header("X-Sentry-Auth")).contains("sentry_key=public-key");
    String[] lines = request.body().split("\n");
    assertThat(lines).hasSize(3);
    assertThat(lines[1]).contains("\"type\":\"event\"");
    assertThat(lines[2])
        .contains("\"level\":\"error\"", "\"environment\":\"production\"")
        .contains("\"transaction\":\"Kustomization: flux-system/apps\"");
  }
}
