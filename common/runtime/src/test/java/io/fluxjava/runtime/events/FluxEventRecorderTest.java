package io.fluxjava.runtime.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fluxjava.runtime.testing.TestWidget;
import io.fluxjava.runtime.testing.TestWidgetApi;
import io.fluxjava.testkit.InMemoryApiServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Events reach the API server and, as upstream's JSON, a notification endpoint on loopback. */
class FluxEventRecorderTest {

  private static final Instant NOW = Instant.parse("2026-08-01T10:00:00Z");

  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final Queue<Integer> plannedStatuses = new ConcurrentLinkedQueue<>();
  private HttpServer notifications;
  private InMemoryApiServer api;
  private FluxEventRecorder recorder;

  private record Received(String contentType, JsonNode body) {}

  @BeforeEach
  void start() throws IOException {
    notifications = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    notifications.createContext(
        "/",
        exchange -> {
          try (InputStream in = exchange.getRequestBody()) {
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            received.add(
                new Received(
                    exchange.getRequestHeaders().getFirst("Content-Type"),
                    new ObjectMapper().readTree(body)));
          }
          Integer status = plannedStatuses.poll();
          exchange.sendResponseHeaders(status == null ? 202 : status, -1);
          exchange.close();
        });
    notifications.start();
    api = TestWidgetApi.start();
    recorder =
        new FluxEventRecorder(
            api.client(),
            "test-controller",
            "http://127.0.0.1:" + notifications.getAddress().getPort() + "/",
            "test-controller-7c9d",
            Clock.fixed(NOW, ZoneOffset.UTC));
  }

  @AfterEach
  void stop() {
    recorder.close();
    api.close();
    notifications.stop(0);
  }

  @Test
  void postsUpstreamEventJson() {
    recorder
        .forObject(widget())
        .record(
            EventSeverity.INFO,
            "Succeeded",
            "Applied revision: main@sha1:abc",
            Map.of("revision", "main@sha1:abc"));

    await().atMost(Duration.ofSeconds(10)).until(() -> received.size() == 1);
    Received post = received.get(0);
    assertThat(post.contentType()).isEqualTo("application/json");
    JsonNode event = post.body();
    assertThat(event.at("/involvedObject/apiVersion").asText()).isEqualTo("test.fluxjava.io/v1");
    assertThat(event.at("/involvedObject/kind").asText()).isEqualTo("TestWidget");
    assertThat(event.at("/involvedObject/name").asText()).isEqualTo("apps");
    assertThat(event.at("/involvedObject/namespace").asText()).isEqualTo("flux-system");
    assertThat(event.at("/involvedObject/uid").asText()).isEqualTo("uid-1");
    assertThat(event.get("severity").asText()).isEqualTo("info");
    assertThat(event.get("timestamp").asText()).isEqualTo("2026-08-01T10:00:00Z");
    assertThat(event.get("message").asText()).isEqualTo("Applied revision: main@sha1:abc");
    assertThat(event.get("reason").asText()).isEqualTo("Succeeded");
    assertThat(event.at("/metadata/test.fluxjava.io~1revision").asText())
        .isEqualTo("main@sha1:abc");
    assertThat(event.at("/metadata/event.toolkit.fluxcd.io~1team").asText()).isEqualTo("platform");
    assertThat(event.get("reportingController").asText()).isEqualTo("test-controller");
    assertThat(event.get("reportingInstance").asText()).isEqualTo("test-controller-7c9d");
  }

  @Test
  void recordsKubernetesEventWithTypeAndSource() {
    recorder.forObject(widget()).warning("BuildFailed", "kustomize build failed");

    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                !api.client().v1().events().inNamespace("flux-system").list().getItems().isEmpty());
    Event event = api.client().v1().events().inNamespace("flux-system").list().getItems().get(0);
    assertThat(event.getType()).isEqualTo("Warning");
    assertThat(event.getReason()).isEqualTo("BuildFailed");
    assertThat(event.getMessage()).isEqualTo("kustomize build failed");
    assertThat(event.getSource().getComponent()).isEqualTo("test-controller");
    assertThat(event.getInvolvedObject().getName()).isEqualTo("apps");
    assertThat(event.getMetadata().getAnnotations())
        .containsEntry("event.toolkit.fluxcd.io/team", "platform");
  }

  @Test
  void traceEventsAreNotPosted() {
    recorder.forObject(widget()).trace("Progressing", "detail");
    recorder.forObject(widget()).warning("Failed", "broken");

    await().atMost(Duration.ofSeconds(10)).until(() -> received.size() == 1);
    assertThat(received.get(0).body().get("severity").asText()).isEqualTo("error");
  }

  @Test
  void serverErrorsAreRetriedButDuplicatesAreNot() throws InterruptedException {
    plannedStatuses.add(500);
    recorder.forObject(widget()).normal("Succeeded", "first");
    await().atMost(Duration.ofSeconds(10)).until(() -> received.size() == 2);

    plannedStatuses.add(429);
    recorder.forObject(widget()).normal("Succeeded", "second");
    await().atMost(Duration.ofSeconds(10)).until(() -> received.size() == 3);
    Thread.sleep(1500);

    assertThat(received)
        .extracting(r -> r.body().get("message").asText())
        .containsExactly("first", "first", "second");
  }

  private static TestWidget widget() {
    TestWidget widget = new TestWidget();
    widget.setMetadata(
        new ObjectMetaBuilder()
            .withName("apps")
            .withNamespace("flux-system")
            .withUid("uid-1")
            .withResourceVersion("7")
            .withAnnotations(Map.of("event.toolkit.fluxcd.io/team", "platform", "other", "ignored"))
            .build());
    return widget;
  }
}
