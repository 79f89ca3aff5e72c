package io.fluxjava.notification.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import io.fluxjava.notification.events.Event;
import io.fluxjava.notification.events.InvolvedObject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AlertMatcherTest {

  private static final AlertMatcher MATCHER =
      new AlertMatcher(false, object -> Map.of("team", "web"));

  private static Event event(
      String namespace, String kind, String name, String severity, String message) {
    return new Event(
        new InvolvedObject(
            kind, namespace, name, "uid", "kustomize.toolkit.fluxcd.io/v1", null, null),
        severity,
        "2026-08-01T10:00:00Z",
        message,
        "ReconciliationSucceeded",
        Map.of(),
        "kustomize-controller",
        null);
  }

  private static Event info(String name) {
    return event("flux-system", "Kustomization", name, "info", "applied");
  }

  private static AlertRule alert(String severity, List<EventSource> sources) {
    return new AlertRule(
        "flux-system", "a", "p", severity, sources, List.of(), List.of(), Map.of(), null, false);
  }

  private static EventSource source(String kind, String name) {
    return new EventSource(kind, name, null, null);
  }

  @Test
  void matchesKindAndNameInTheAlertNamespaceByDefault() {
    AlertRule alert = alert("info", List.of(source("Kustomization", "apps")));
    assertThat(MATCHER.matches(alert, info("apps"))).isTrue();
    assertThat(MATCHER.matches(alert, info("infra"))).isFalse();
    assertThat(MATCHER.matches(alert, event("other", "Kustomization", "apps", "info", "m")))
        .isFalse();
    assertThat(MATCHER.matches(alert, event("flux-system", "HelmRelease", "apps", "info", "m")))
        .isFalse();
  }

  @Test
  void starAndGlobNames() {
    assertThat(
            MATCHER.matches(alert("info", List.of(source("Kustomization", "*"))), info("anything")))
        .isTrue();
    AlertRule glob = alert("info", List.of(source("Kustomization", "app-*")));
    assertThat(MATCHER.matches(glob, info("app-frontend"))).isTrue();
    assertThat(MATCHER.matches(glob, info("infra"))).isFalse();
  }

  @Test
  void matchLabelsComparesTheObjectsLabels() {
    AlertRule web =
        alert("info", List.of(new EventSource("Kustomization", "*", null, Map.of("team", "web"))));
    AlertRule db =
        alert("info", List.of(new EventSource("Kustomization", "*", null, Map.of("team", "db"))));
    assertThat(MATCHER.matches(web, info("apps"))).isTrue();
    assertThat(MATCHER.matches(db, info("apps"))).isFalse();
  }

  @Test
  void infoAlertsTakeErrorsButErrorAlertsTakeNoInfo() {
    EventSource any = source("Kustomization", "*");
    Event error = event("flux-system", "Kustomization", "apps", "error", "failed");
    assertThat(MATCHER.matches(alert("info", List.of(any)), error)).isTrue();
    assertThat(MATCHER.matches(alert("error", List.of(any)), error)).isTrue();
    assertThat(MATCHER.matches(alert("error", List.of(any)), info("apps"))).isFalse();
  }

  @Test
  void inclusionAndExclusionListsAreSearchedInTheMessage() {
    AlertRule alert =
        new AlertRule(
            "flux-system",
            "a",
            "p",
            "info",
            List.of(source("Kustomization", "*")),
            List.of(".*succeeded.*", "^Deployment"),
            List.of("dry-run"),
            Map.of(),
            null,
            false);
    assertThat(
            MATCHER.matches(
                alert, event("flux-system", "Kustomization", "x", "info", "Deployment/a created")))
        .isTrue();
    assertThat(
            MATCHER.matches(
                alert,
                event("flux-system", "Kustomization", "x", "info", "health check succeeded")))
        .isTrue();
    assertThat(
            MATCHER.matches(
                alert, event("flux-system", "Kustomization", "x", "info", "nothing to see")))
        .isFalse();
    assertThat(
            MATCHER.matches(
                alert, event("flux-system", "Kustomization", "x", "info", "Deployment dry-run")))
        .isFalse();
  }

  @Test
  void crossNamespaceSourcesAreRefusedWhenDisabled() {
    AlertRule alert = alert("info", List.of(new EventSource("Kustomization", "*", "apps", null)));
    Event fromApps = event("apps", "Kustomization", "web", "info", "m");
    assertThat(MATCHER.matches(alert, fromApps)).isTrue();
    assertThat(new AlertMatcher(true, object -> Map.of()).matches(alert, fromApps)).isFalse();
  }

  @Test
  void suspendedAlertsMatchNothing() {
    AlertRule suspended =
        new AlertRule(
            "flux-system",
            "a",
            "p",
            "info",
            List.of(source("Kustomization", "*")),
            null,
            null,
            null,
            null,
            true);
    assertThat(MATCHER.matches(suspended, info("apps"))).isFalse();
  }

  @Test
  void composedMetadataLetsTheEmitterWin() {
    String group = "kustomize.toolkit.fluxcd.io/";
    Event event =
        info("apps")
            .withMetadata(
                Map.of(
                    "event.toolkit.fluxcd.io/env",
                    "from-annotation",
                    "event.toolkit.fluxcd.io/owner",
                    "team-a",
                    group + "revision",
                    "main@sha1:abc"));
    AlertRule alert =
        new AlertRule(
            "flux-system",
            "a",
            "p",
            "info",
            List.of(),
            null,
            null,
            Map.of("env", "from-alert", "revision", "overridden?"),
            "prod cluster",
            false);

    NotificationMetadata.Composed composed =
        NotificationMetadata.composeWithConflicts(event, alert);

    assertThat(composed.event().metadata())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "env", "from-alert",
                "owner", "team-a",
                "revision", "main@sha1:abc",
                "summary", "prod cluster"));
    assertThat(composed.conflicts()).containsExactly("env", "revision");
  }
}
