package io.fluxjava.kustomizecontroller;

import static io.fluxjava.kustomizecontroller.testing.Manifests.configMap;
import static io.fluxjava.kustomizecontroller.testing.Manifests.ready;
import static org.assertj.core.api.Assertions.assertThat;

import io.fluxjava.api.kustomize.Kustomization;
import io.fluxjava.kustomizecontroller.testing.KustomizationFixture;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code spec.suspend} and {@code reconcile.fluxcd.io/requestedAt}, as {@code flux} uses them. */
class KustomizationSuspendTest {

  private static final String FIRST = "main@sha1:" + "6".repeat(40);
  private static final String SECOND = "main@sha1:" + "7".repeat(40);

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
  void aSuspendedKustomizationAppliesNothingUntilResumed() {
    fixture.publish("repo", FIRST, Map.of("a.yaml", configMap("a", "k", "v1")));
    fixture.create("apps", "repo", spec -> {});
    fixture.reconcile("apps");
    fixture.update("apps", spec -> spec.setSuspend(true));
    fixture.publish("repo", SECOND, Map.of("a.yaml", configMap("a", "k", "v2")));

    Kustomization suspended = fixture.reconcile("apps");

    assertThat(suspended.getStatus().getLastAppliedRevision()).isEqualTo(FIRST);
    assertThat(data()).containsEntry("k", "v1");

    fixture.update("apps", spec -> spec.setSuspend(null));
    Kustomization resumed = fixture.reconcile("apps");

    assertThat(ready(resumed))
        .isEqualTo("True ReconciliationSucceeded: Applied revision: " + SECOND);
    assertThat(resumed.getStatus().getObservedGeneration())
        .isEqualTo(resumed.getMetadata().getGeneration());
    assertThat(data()).containsEntry("k", "v2");
  }

  @Test
  void requestedAtIsRecordedAsHandledAlsoWhenSuspended() {
    fixture.publish("repo", FIRST, Map.of("a.yaml", configMap("a", "k", "v1")));
    fixture.create("apps", "repo", spec -> spec.setSuspend(true));
    requestReconcile("2026-11-28T12:00:00.000000000Z");

    assertThat(fixture.reconcile("apps").getStatus().getLastHandledReconcileAt())
        .isEqualTo("2026-11-28T12:00:00.000000000Z");

    fixture.update("apps", spec -> spec.setSuspend(null));
    requestReconcile("2026-11-28T12:01:00.000000000Z");
    Kustomization ks = fixture.reconcile("apps");

    assertThat(ks.getStatus().getLastHandledReconcileAt())
        .isEqualTo("2026-11-28T12:01:00.000000000Z");
    assertThat(ks.getStatus().getLastAppliedRevision()).isEqualTo(FIRST);
  }

  private void requestReconcile(String token) {
    fixture
        .client()
        .resources(Kustomization.class)
        .inNamespace(KustomizationFixture.NAMESPACE)
        .withName("apps")
        .edit(
            ks -> {
              ks.getMetadata().setAnnotations(Map.of("reconcile.fluxcd.io/requestedAt", token));
              return ks;
            });
  }

  private Map<String, String> data() {
    return fixture.client().configMaps().inNamespace("default").withName("a").get().getData();
  }
}
