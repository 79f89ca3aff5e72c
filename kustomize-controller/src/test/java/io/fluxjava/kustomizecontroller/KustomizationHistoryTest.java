package io.fluxjava.kustomizecontroller;

import static io.fluxjava.kustomizecontroller.testing.Manifests.configMap;
import static io.fluxjava.kustomizecontroller.testing.Manifests.ready;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.Event;
import io.fluxjava.api.kustomize.Kustomization;
import io.fluxjava.api.meta.HistorySnapshot;
import io.fluxjava.kustomizecontroller.testing.KustomizationFixture;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code status.history} snapshots and the events a reconcile sends. */
class KustomizationHistoryTest {

  private KustomizationFixture fixture;

  @BeforeEach
  void start() {
    fixture = KustomizationFixture.start();
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  @Test
  void sameBuildCountsUpAndNewBuildsGoFirstKeepingFive() {
    fixture.publish("repo", revision(0), Map.of("a.yaml", configMap("a", "k", "v0")));
    fixture.create("apps", "repo", spec -> {});
    fixture.reconcile("apps");
    Kustomization twice = fixture.reconcile("apps");

    assertThat(twice.getStatus().getHistory()).hasSize(1);
    HistorySnapshot only = twice.getStatus().getHistory().get(0);
    assertThat(only.getTotalReconciliations()).isEqualTo(2L);
    assertThat(only.getDigest()).matches("sha256:[0-9a-f]{64}");

    for (int i = 1; i <= 6; i++) {
      fixture.publish("repo", revision(i), Map.of("a.yaml", configMap("a", "k", "v" + i)));
      fixture.reconcile("apps");
    }
    Kustomization ks = fixture.get("apps");

    assertThat(ks.getStatus().getHistory()).hasSize(5);
    assertThat(ks.getStatus().getHistory())
        .extracting(h -> h.getMetadata().get("revision"))
        .containsExactly(revision(6), revision(5), revision(4), revision(3), revision(2));
  }

  @Test
  void successAndFailureAreReportedAsEvents() {
    fixture.publish("repo", revision(1), Map.of("a.yaml", configMap("a", "k", "v")));
    fixture.create("apps", "repo", spec -> {});
    assertThat(ready(fixture.reconcile("apps"))).startsWith("True ");
    fixture.publish("repo", revision(2), Map.of("a.yaml", "kind: [\n"));
    fixture.reconcile("apps");

    await()
        .atMost(Duration.ofSeconds(5))
        .untilAsserted(
            () ->
                assertThat(fixture.events("apps"))
                    .extracting(e -> e.getType() + " " + e.getReason() + " " + firstLine(e))
                    .contains(
                        "Normal Progressing ConfigMap/default/a created",
                        "Warning BuildFailed "
                            + firstLine(
                                ready(fixture.get("apps"))
                                    .substring("False BuildFailed: ".length())))
                    .anyMatch(
                        line ->
                            line.startsWith(
                                    "Normal ReconciliationSucceeded Reconciliation finished in ")
                                && line.endsWith(", next run in 10m0s")));
  }

  private static String firstLine(Event event) {
    return firstLine(event.getMessage());
  }

  private static String firstLine(String text) {
    return text.lines().findFirst().orElse("");
  }

  private static String revision(int n) {
    return "main@sha1:" + String.valueOf(n).repeat(40);
  }
}
