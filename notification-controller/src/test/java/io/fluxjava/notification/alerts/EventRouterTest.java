package io.fluxjava.notification.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fluxjava.notification.events.Event;
import io.fluxjava.notification.providers.NotifierFactory;
import io.fluxjava.notification.providers.ProviderSettings;
import io.fluxjava.notification.providers.RecordingServer;
import io.fluxjava.notification.providers.TestEvents;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Which Providers an event reaches: commit-status events go to git and forwarding ones only. */
class EventRouterTest {

  private static final String GROUP = "kustomize.toolkit.fluxcd.io/";
  private static final String REVISION = "main@sha1:" + TestEvents.COMMIT;
  private static final String MARKER = "Marker";
  private static final List<String> PROVIDERS = List.of("slack", "github", "generic", "lark");

  private RecordingServer server;
  private NotificationDispatcher dispatcher;
  private EventRouter router;

  @BeforeEach
  void start() throws Exception {
    server = RecordingServer.start();
    dispatcher =
        new NotificationDispatcher(
            new DispatchPolicy(100, 1, 1, Duration.ofMillis(1), Duration.ofMillis(1)));
    router =
        new EventRouter(
            new Catalog(),
            new AlertMatcher(false, object -> Map.of()),
            dispatcher,
            (a, r, m) -> {});
  }

  @AfterEach
  void stop() {
    dispatcher.close();
    server.close();
  }

  @Test
  void commitStatusUpdatesReachOnlyGitAndForwardingProviders() {
    Event update =
        TestEvents.kustomization(
            Event.SEVERITY_INFO,
            "ReconciliationSucceeded",
            Map.of(GROUP + "commit_status", "update", GROUP + "revision", REVISION));

    assertThat(providersReachedBy(update)).containsExactlyInAnyOrder("github", "generic");
  }

  @Test
  void infoEventsWithoutCommitStatusSkipTheGitProviders() {
    Event info =
        TestEvents.kustomization(
            Event.SEVERITY_INFO, "ReconciliationSucceeded", Map.of(GROUP + "revision", REVISION));

    assertThat(providersReachedBy(info)).containsExactlyInAnyOrder("slack", "generic", "lark");
  }

  @Test
  void errorsReachEveryProvider() {
    Event error =
        TestEvents.kustomization(
            Event.SEVERITY_ERROR, "ReconciliationFailed", Map.of(GROUP + "revision", REVISION));

    assertThat(providersReachedBy(error)).containsExactlyInAnyOrderElementsOf(PROVIDERS);
  }

  /**
   * Routes the event, then a marker error that reaches every provider; each provider delivers in
   * order, so once all have the marker, every delivery of the event has happened too.
   */
  private List<String> providersReachedBy(Event event) {
    router.accept(event);
    router.accept(
        TestEvents.kustomization(
            Event.SEVERITY_ERROR,
            MARKER,
            Map.of(GROUP + "revision", REVISION, GROUP + MARKER, "true")));
    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> posts().filter(request -> isMarker(request)).count() == PROVIDERS.size());
    // each provider's address starts with /<type>/ (GitHub's API with /api/v3)
    return posts()
        .filter(request -> !isMarker(request))
        .map(request -> request.path().split("/")[1])
        .map(first -> "api".equals(first) ? "github" : first)
        .toList();
  }

  // GitHub also reads the commit's statuses; only what is sent counts
  private Stream<RecordingServer.Request> posts() {
    return server.requests().stream().filter(request -> "POST".equals(request.method()));
  }

  private static boolean isMarker(RecordingServer.Request request) {
    return request.body().toLowerCase(Locale.ROOT).contains(MARKER.toLowerCase(Locale.ROOT));
  }

  /** One Alert per provider type, each forwarding every Kustomization event of flux-system. */
  private final class Catalog implements AlertCatalog {

    @Override
    public List<AlertRule> alerts() {
      return PROVIDERS.stream()
          .map(
              type ->
                  new AlertRule(
                      "flux-system",
                      type,
                      type,
                      "info",
                      List.of(new EventSource("Kustomization", "*", null, null)),
                      null,
                      null,
                      null,
                      null,
                      false))
          .toList();
    }

    @Override
    public Optional<ProviderTarget> provider(String namespace, String name) {
      // GitHub Enterprise addresses put the API under /api/v3 of the same host
      String address = server.url("github".equals(name) ? "/org/repo" : "/" + name + "/hook");
      ProviderSettings settings =
          new ProviderSettings(
              name, address, null, null, "token", null, null, null, null, null, "uid-1");
      return Optional.of(
          new ProviderTarget(
              namespace + "/" + name, name, false, NotifierFactory.create(settings)));
    }
  }
}
