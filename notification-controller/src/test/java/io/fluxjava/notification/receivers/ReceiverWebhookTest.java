package io.fluxjava.notification.receivers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fluxjava.api.notification.Receiver;
import io.fluxjava.notification.events.HttpServerMetrics;
import io.fluxjava.runtime.ReconcileRunner;
import io.fluxjava.runtime.RequeuePolicy;
import io.fluxjava.runtime.events.FluxEventRecorder;
import io.fluxjava.runtime.metrics.ReconcileMetrics;
import io.fluxjava.runtime.options.FluxOptions;
import io.fluxjava.runtime.options.ListenAddress;
import io.fluxjava.testkit.InMemoryApiServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ReceiverWebhookTest {

  private static final String NS = "flux-system";
  private static final String TOKEN = "webhook-token";
  private static final String BODY = "{\"ref\":\"refs/heads/main\"}";
  private static final String REQUESTED_AT = "reconcile.fluxcd.io/requestedAt";

  private static InMemoryApiServer api;
  private static KubernetesClient client;
  private static ReceiverDirectory directory;
  private static ReceiverHttpServer server;
  private static ReconcileRunner<Receiver> runner;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    api = InMemoryApiServer.start();
    client = api.client();
    api.installCrds(Path.of("../helm-chart/crds"));
    create(
        """
        apiVersion: v1
        kind: Secret
        metadata: {name: webhook-token, namespace: flux-system}
        stringData: {token: webhook-token}
        """);
    for (String name : new String[] {"app", "infra", "other"}) {
      create(
          """
          apiVersion: source.toolkit.fluxcd.io/v1
          kind: GitRepository
          metadata: {name: %s, namespace: flux-system, labels: {tier: %s}}
          spec: {url: https://example.com/repo.git, interval: 1m}
          """
              .formatted(name, name.equals("other") ? "none" : "platform"));
    }
    ReceiverTokens tokens = new ReceiverTokens(client);
    FluxOptions options = FluxOptions.from(flag -> null, "notification-controller");
    runner =
        new ReconcileRunner<>(
            new ReceiverReconciler(tokens),
            client,
            options,
            new FluxEventRecorder(client, "notification-controller", "", "test", Clock.systemUTC()),
            new ReconcileMetrics(new SimpleMeterRegistry()),
            new RequeuePolicy(5, Duration.ofMillis(750), Duration.ofMinutes(15), new Random(1)),
            Clock.systemUTC());
    directory = new ReceiverDirectory(client, null);
    server =
        new ReceiverHttpServer(
            ListenAddress.parse("127.0.0.1:0"),
            new WebhookHandler(directory, tokens, new ResourceAnnotator(client, Clock.systemUTC())),
            new HttpServerMetrics(new SimpleMeterRegistry(), HttpServerMetrics.RECEIVER));
    server.start();
  }

  @AfterAll
  static void stop() {
    server.stop();
    directory.close();
    api.close();
  }

  private static void create(String yaml) {
    client.resource(yaml).create();
  }

  private static Receiver receiver(String name, String type, String resources) {
    return receiver(name, type, resources, "");
  }

  /** A ready Receiver of the push event; {@code extraSpec} adds spec fields in flow style. */
  private static Receiver receiver(String name, String type, String resources, String extraSpec) {
    create(
        """
        apiVersion: notification.toolkit.fluxcd.io/v1
        kind: Receiver
        metadata: {name: %s, namespace: flux-system}
        spec: {type: %s, events: [push], secretRef: {name: webhook-token}, resources: %s %s}
        """
            .formatted(name, type, resources, extraSpec));
    Receiver reconciled = reconcile(name);
    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> !directory.byPath(reconciled.getStatus().getWebhookPath()).isEmpty());
    return reconciled;
  }

  private static Receiver reconcile(String name) {
    runner.reconcile(client.resources(Receiver.class).inNamespace(NS).withName(name).get());
    return client.resources(Receiver.class).inNamespace(NS).withName(name).get();
  }

  private static String githubSignature(String body) {
    return "sha256="
        + Signatures.hmacHex("HmacSHA256", TOKEN, body.getBytes(StandardCharsets.UTF_8));
  }

  private static int post(String path, Map<String, String> headers, String body) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
            .POST(HttpRequest.BodyPublishers.ofString(body));
    headers.forEach(request::header);
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  private static String requestedAt(String name) {
    GenericKubernetesResource repo =
        client
            .genericKubernetesResources("source.toolkit.fluxcd.io/v1", "GitRepository")
            .inNamespace(NS)
            .withName(name)
            .get();
    Map<String, String> annotations = repo.getMetadata().getAnnotations();
    return annotations == null ? null : annotations.get(REQUESTED_AT);
  }

  @Test
  void reconcilerPublishesThePathWithUpstreamsReadyMessage() {
    Receiver receiver = receiver("status", "generic", "[{kind: GitRepository, name: app}]");

    String path = WebhookPath.of(TOKEN, "status", NS);
    assertThat(receiver.getStatus().getWebhookPath()).isEqualTo(path);
    assertThat(receiver.getStatus().getConditions())
        .anySatisfy(
            c -> {
              assertThat(c.getType()).isEqualTo("Ready");
              assertThat(c.getStatus()).isEqualTo("True");
              assertThat(c.getReason()).isEqualTo("Succeeded");
              assertThat(c.getMessage()).isEqualTo("Receiver initialized for path: " + path);
            });
  }

  @Test
  void missingTokenSecretIsTokenNotFound() {
    create(
        """
        apiVersion: notification.toolkit.fluxcd.io/v1
        kind: Receiver
        metadata: {name: no-secret, namespace: flux-system}
        spec: {type: generic, secretRef: {name: absent}, resources: [{kind: GitRepository, name: app}]}
        """);
    runner.reconcile(client.resources(Receiver.class).inNamespace(NS).withName("no-secret").get());

    Receiver receiver =
        client.resources(Receiver.class).inNamespace(NS).withName("no-secret").get();
    assertThat(receiver.getStatus().getConditions())
        .anySatisfy(
            c -> {
              assertThat(c.getType()).isEqualTo("Ready");
              assertThat(c.getStatus()).isEqualTo("False");
              assertThat(c.getReason()).isEqualTo("TokenNotFound");
            });
  }

  @Test
  void validGitHubPushAnnotatesTheNamedResource() throws Exception {
    Receiver receiver = receiver("github", "github", "[{kind: GitRepository, name: app}]");
    String signature = githubSignature(BODY);
    String before = requestedAt("app");

    int status =
        post(
            receiver.getStatus().getWebhookPath(),
            Map.of("X-Hub-Signature-256", signature, "X-GitHub-Event", "push"),
            BODY);

    assertThat(status).isEqualTo(200);
    assertThat(requestedAt("app")).isNotNull().isNotEqualTo(before).endsWith("+0000 UTC");
  }

  @Test
  void wrongSignatureIs400AndChangesNothing() throws Exception {
    Receiver receiver = receiver("github-bad", "github", "[{kind: GitRepository, name: other}]");

    int status =
        post(
            receiver.getStatus().getWebhookPath(),
            Map.of("X-Hub-Signature-256", "sha256=deadbeef", "X-GitHub-Event", "push"),
            BODY);

    assertThat(status).as("upstream answers 400 to every failed validation").isEqualTo(400);
    assertThat(requestedAt("other")).isNull();
  }

  @Test
  void eventNotListedIs400AndChangesNothing() throws Exception {
    Receiver receiver = receiver("github-tag", "github", "[{kind: GitRepository, name: other}]");

    int status =
        post(
            receiver.getStatus().getWebhookPath(),
            Map.of("X-Hub-Signature-256", githubSignature(BODY), "X-GitHub-Event", "release"),
            BODY);

    assertThat(status).isEqualTo(400);
    assertThat(requestedAt("other")).isNull();
  }

  @Test
  void tokenSecretDeletedAfterReadyIs400() throws Exception {
    create(
        """
        apiVersion: v1
        kind: Secret
        metadata: {name: short-lived, namespace: flux-system}
        stringData: {token: webhook-token}
        """);
    create(
        """
        apiVersion: notification.toolkit.fluxcd.io/v1
        kind: Receiver
        metadata: {name: orphan, namespace: flux-system}
        spec: {type: generic, secretRef: {name: short-lived}, resources: [{kind: GitRepository, name: other}]}
        """);
    String path = reconcile("orphan").getStatus().getWebhookPath();
    await().atMost(Duration.ofSeconds(5)).until(() -> !directory.byPath(path).isEmpty());
    client.secrets().inNamespace(NS).withName("short-lived").delete();

    assertThat(post(path, Map.of(), "{}")).isEqualTo(400);
    assertThat(requestedAt("other")).isNull();
  }

  @Test
  void resourceFilterPicksTheResourcesNamedInThePayload() throws Exception {
    for (String name : new String[] {"filtered-a", "filtered-b"}) {
      create(
          """
          apiVersion: source.toolkit.fluxcd.io/v1
          kind: GitRepository
          metadata: {name: %s, namespace: flux-system, labels: {tier: filtered}}
          spec: {url: https://example.com/repo.git, interval: 1m}
          """
              .formatted(name));
    }
    Receiver receiver =
        receiver(
            "filtered",
            "generic",
            "[{kind: GitRepository, name: '*', matchLabels: {tier: filtered}}]",
            ", resourceFilter: 'res.metadata.name == \"filtered-\" + req.target'");
    String path = receiver.getStatus().getWebhookPath();

    int status = post(path, Map.of("Content-Type", "application/json"), "{\"target\":\"b\"}");

    assertThat(status).isEqualTo(200);
    assertThat(requestedAt("filtered-a")).isNull();
    assertThat(requestedAt("filtered-b")).isNotNull();
    assertThat(post(path, Map.of("Content-Type", "application/json"), "not json"))
        .as("a JSON body that does not parse cannot be filtered")
        .isEqualTo(500);
  }

  @Test
  void invalidResourceFilterStallsTheReceiver() {
    create(
        """
        apiVersion: notification.toolkit.fluxcd.io/v1
        kind: Receiver
        metadata: {name: bad-filter, namespace: flux-system}
        spec:
          type: generic
          secretRef: {name: webhook-token}
          resources: [{kind: GitRepository, name: app}]
          resourceFilter: 'res.metadata.name =='
        """);

    Receiver receiver = reconcile("bad-filter");

    assertThat(receiver.getStatus().getWebhookPath()).isNull();
    assertThat(receiver.getStatus().getConditions())
        .anySatisfy(
            c -> {
              assertThat(c.getType()).isEqualTo("Stalled");
              assertThat(c.getStatus()).isEqualTo("True");
              assertThat(c.getReason()).isEqualTo("InvalidCELExpression");
              assertThat(c.getMessage())
                  .startsWith(
                      "Reconciliation failed terminally due to configuration error: "
                          + "failed to parse the CEL expression 'res.metadata.name =='");
            });
  }

  @Test
  void wildcardWithMatchLabelsAnnotatesEveryMatchingObject() throws Exception {
    Receiver receiver =
        receiver(
            "labels",
            "generic",
            "[{kind: GitRepository, name: '*', matchLabels: {tier: platform}}]");

    assertThat(post(receiver.getStatus().getWebhookPath(), Map.of(), "{}")).isEqualTo(200);

    assertThat(requestedAt("app")).isNotNull();
    assertThat(requestedAt("infra")).isNotNull();
  }

  @Test
  void unknownPathIs404AndSuspendedReceiverIs503() throws Exception {
    assertThat(post("/hook/0000", Map.of(), "{}")).isEqualTo(404);
    assertThat(post("/other", Map.of(), "{}")).isEqualTo(404);

    Receiver receiver = receiver("suspended", "generic", "[{kind: GitRepository, name: other}]");
    client
        .resources(Receiver.class)
        .inNamespace(NS)
        .withName("suspended")
        .edit(
            r -> {
              r.getSpec().setSuspend(true);
              return r;
            });
    String path = receiver.getStatus().getWebhookPath();
    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> Boolean.TRUE.equals(directory.byPath(path).get(0).getSpec().getSuspend()));

    assertThat(post(path, Map.of(), "{}")).isEqualTo(503);
    assertThat(requestedAt("other")).isNull();
  }

  @Test
  void missingObjectIs500() throws Exception {
    Receiver receiver = receiver("missing", "generic", "[{kind: GitRepository, name: nope}]");

    assertThat(post(receiver.getStatus().getWebhookPath(), Map.of(), "{}")).isEqualTo(500);
  }

  @Test
  void bodiesOverThreeMebibytesAre413() throws Exception {
    Receiver receiver = receiver("big", "generic", "[{kind: GitRepository, name: app}]");

    assertThat(
            post(receiver.getStatus().getWebhookPath(), Map.of(), "x".repeat(3 * 1024 * 1024 + 1)))
        .isEqualTo(413);
  }
}
