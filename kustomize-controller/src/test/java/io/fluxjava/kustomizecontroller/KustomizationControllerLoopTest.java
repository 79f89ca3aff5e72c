package io.fluxjava.kustomizecontroller;

import static io.fluxjava.kustomizecontroller.testing.Manifests.configMap;
import static io.fluxjava.kustomizecontroller.testing.Manifests.ready;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fluxjava.api.kustomize.Kustomization;
import io.fluxjava.kustomizecontroller.testing.KustomizationFixture;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The reconciler inside the controller loop: the finalizer, a new source revision reconciling at
 * once (the interval is ten minutes), and deletion pruning what was applied.
 */
class KustomizationControllerLoopTest {

  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final String FIRST = "main@sha1:" + "c1".repeat(20);
  private static final String SECOND = "main@sha1:" + "c2".repeat(20);

  private KustomizationFixture fixture;

  @BeforeEach
  void start() {
    fixture = KustomizationFixture.start();
    fixture.startOperator();
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  @Test
  void newRevisionsApplyAtOnceAndDeletionPrunes() {
    fixture.publish("repo", FIRST, Map.of("a.yaml", configMap("a", "k", "v1")));
    fixture.create("apps", "repo", spec -> {});

    await()
        .atMost(WAIT)
        .untilAsserted(
            () ->
                assertThat(ready(fixture.get("apps")))
                    .isEqualTo("True ReconciliationSucceeded: Applied revision: " + FIRST));
    assertThat(fixture.get("apps").getMetadata().getFinalizers())
        .containsExactly("finalizers.fluxcd.io");

    fixture.publish("repo", SECOND, Map.of("a.yaml", configMap("a", "k", "v2")));

    await().atMost(WAIT).untilAsserted(() -> assertThat(data("a")).containsEntry("k", "v2"));
    await()
        .atMost(WAIT)
        .untilAsserted(
            () ->
                assertThat(fixture.get("apps").getStatus().getLastAppliedRevision())
                    .isEqualTo(SECOND));

    fixture
        .client()
        .resources(Kustomization.class)
        .inNamespace(KustomizationFixture.NAMESPACE)
        .withName("apps")
        .delete();

    await().atMost(WAIT).until(() -> fixture.get("apps") == null);
    assertThat(fixture.client().configMaps().inNamespace("default").withName("a").get()).isNull();
  }

  private Map<String, String> data(String name) {
    var live = fixture.client().configMaps().inNamespace("default").withName(name).get();
    return live == null ? Map.of() : live.getData();
  }
}
