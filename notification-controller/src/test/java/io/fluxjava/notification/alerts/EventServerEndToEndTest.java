package io.fluxjava.notification.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fluxjava.notification.events.DuplicateSuppressor;
import io.fluxjava.notification.events.EventIntake;
import io.fluxjava.notification.providers.RecordingServer;
import io.fluxjava.runtime.events.EventSeverity;
import io.fluxjava.runtime.events.FluxEventRecorder;
import io.fluxjava.testkit.InMemoryApiServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.netty.DisposableServer;

/** A controller's event travels through the event server to a generic webhook, once. */
class EventServerEndToEndTest {

  private static final String COMMIT = "0123456789abcdef0123456789abcdef01234567";

  private InMemoryApiServer api;
  private KubernetesClient client;
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private RecordingServer webhook;
  private RecordingServer suspendedWebhook;
  private KubernetesAlertCatalog catalog;
  private NotificationDispatcher dispatcher;
  private DisposableServer eventServer;
  private FluxEventRecorder kustomizeController;

  @BeforeEach
  void start() throws Exception {
    api = InMemoryApiServer.start();
    client = api.client();
    api.installCrds(Path.of("../helm-chart/crds"));
    webhook = RecordingServer.start();
    suspendedWebhook = RecordingServer.start();
    create(
        """
        apiVersion: notification.toolkit.fluxcd.io/v1beta3
        kind: Provider
        metadata: {name: webhook, namespace: flux-system}
        spec: {type: generic, address: "%s"}
        """
            .formatted(webhook.url("/flux")));
    create(
        """
        apiVersion: notification.toolkit.fluxcd.io/v1beta3
        kind: Provider
        metadata: {name: paused, namespace: flux-system}
        spec: {type: generic, address: "%s", suspend: true}
        """
            .formatted(suspendedWebhook.url("/flux")));
    for (String provider : new String[] {"webhook", "paused"}) {
      create(
          """
          apiVersion: notification.toolkit.fluxcd.io/v1beta3
          kind: Alert
          metadata: {name: %s, namespace: flux-system}
          spec:
            providerRef: {name: %s}
            eventSeverity: error
            eventSources: [{kind: Kustomization, name: '*'}]
            eventMetadata: {cluster: prod-eu}
          """
              .formatted(provider, provider));
    }
    catalog = new KubernetesAlertCatalog(client, null, Clock.systemUTC());
    await().atMost(Duration.ofSeconds(10)).until(() -> catalog.alerts().size() == 2);

    // one worker: deliveries leave in order, so a later event proves an earlier one was not sent
    dispatcher =
        new NotificationDispatcher(
            new DispatchPolicy(100, 1, 3, Duration.ofMillis(10), Duration.ofMillis(50)));
    EventIntake intake =
        new EventIntake(
            new DuplicateSuppressor(Duration.ofMinutes(5), Clock.systemUTC()),
            new EventRouter(
                catalog,
                new AlertMatcher(false, new KubernetesLabelLookup(client)),
                dispatcher,
                (alert, reason, message) -> {}));
    eventServer = LoopbackEventServer.start(intake, registry);
    kustomizeController =
        new FluxEventRecorder(
            client,
            "kustomize-controller",
            "http://127.0.0.1:" + eventServer.port() + "/",
            "kustomize-controller-0",
            Clock.systemUTC());
  }

  @AfterEach
  void stop() {
    kustomizeController.close();
    eventServer.disposeNow();
    dispatcher.close();
    catalog.close();
    webhook.close();
    suspendedWebhook.close();
    api.close();
  }

  private void create(String yaml) {
    client.resource(yaml).create();
  }

  @Test
  void aFailingKustomizationReachesTheWebhookOnceDespiteChangingDurations() {
    HasMetadata kustomization =
        client
            .resource(
                """
                apiVersion: kustomize.toolkit.fluxcd.io/v1
                kind: Kustomization
                metadata: {name: apps, namespace: flux-system}
                spec: {interval: 10m, path: ./apps, prune: true, sourceRef: {kind: GitRepository, name: repo}}
                """)
            .create();
    Map<String, String> revision = Map.of("revision", "main@sha1:" + COMMIT);

    kustomizeController.record(
        kustomization,
        EventSeverity.ERROR,
        "HealthCheckFailed",
        "health check failed after 30.2s: timeout waiting for Deployment/apps/web",
        revision);
    kustomizeController.record(
        kustomization,
        EventSeverity.ERROR,
        "HealthCheckFailed",
        "health check failed after 29.87s: timeout waiting for Deployment/apps/web",
        revision);
    kustomizeController.record(
        kustomization,
        EventSeverity.ERROR,
        "BuildFailed",
        "kustomize build failed: missing file",
        revision);

    await().atMost(Duration.ofSeconds(10)).until(() -> webhook.requests().size() >= 2);
    assertThat(webhook.requests()).hasSize(2);
    RecordingServer.Request first = webhook.requests().get(0);
    assertThat(first.body())
        .contains("health check failed after 30.2s")
        .contains("\"revision\":\"main@sha1:" + COMMIT + "\"")
        .contains("\"cluster\":\"prod-eu\"");
    assertThat(first.header("gotk-component")).isEqualTo("kustomize-controller");
    assertThat(webhook.requests().get(1).body()).contains("kustomize build failed");
    assertThat(suspendedWebhook.requests()).isEmpty();
  }

  @Test
  void answersBadJsonWith400AndOversizedBodiesWith413() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    URI uri = URI.create("http://127.0.0.1:" + eventServer.port() + "/");

    int badJson =
        http.send(
                HttpRequest.newBuilder(uri)
                    .POST(HttpRequest.BodyPublishers.ofString("{nope"))
                    .build(),
                HttpResponse.BodyHandlers.discarding())
            .statusCode();
    int tooLarge =
        http.send(
                HttpRequest.newBuilder(uri)
                    .POST(HttpRequest.BodyPublishers.ofString("x".repeat(3 * 1024 * 1024 + 1)))
                    .build(),
                HttpResponse.BodyHandlers.discarding())
            .statusCode();

    assertThat(badJson).isEqualTo(400);
    assertThat(tooLarge).isEqualTo(413);
    for (String code : new String[] {"400", "413"}) {
      assertThat(registry.get("gotk.event.http.request.duration").tag("code", code).timer().count())
          .isEqualTo(1);
    }
  }
}
