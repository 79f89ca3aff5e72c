package io.fluxjava.kustomizecontroller;

import static io.fluxjava.kustomizecontroller.testing.Manifests.configMap;
import static io.fluxjava.kustomizecontroller.testing.Manifests.inventoryIds;
import static io.fluxjava.kustomizecontroller.testing.Manifests.ready;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fluxjava.api.kustomize.DeletionPolicy;
import io.fluxjava.kustomizecontroller.testing.KustomizationFixture;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Garbage collection of objects that left the source, and the deletion policies. */
class KustomizationPruneTest {

  private static final String FIRST = "main@sha1:" + "1".repeat(40);
  private static final String SECOND = "main@sha1:" + "2".repeat(40);
  private static final String KEPT =
      configMap("kept", "k", "v")
          .replace(
              "namespace: default\n",
              "namespace: default\n  annotations:\n    kustomize.toolkit.fluxcd.io/prune: disabled\n");

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
  void objectsRemovedFromTheSourceAreDeletedUnlessOptedOut() {
    fixture.publish(
        "repo",
        FIRST,
        Map.of(
            "a.yaml",
            configMap("a", "k", "v"),
            "b.yaml",
            configMap("b", "k", "v"),
            "kept.yaml",
            KEPT));
    fixture.create("apps", "repo", spec -> {});
    assertThat(ready(fixture.reconcile("apps"))).startsWith("True ");

    fixture.publish("repo", SECOND, Map.of("a.yaml", configMap("a", "k", "v")));
    var ks = fixture.reconcile("apps");

    assertThat(ready(ks)).isEqualTo("True ReconciliationSucceeded: Applied revision: " + SECOND);
    assertThat(exists("a")).isTrue();
    assertThat(exists("b")).isFalse();
    assertThat(exists("kept")).isTrue();
    assertThat(inventoryIds(ks)).containsExactly("default_a__ConfigMap");
    await()
        .atMost(Duration.ofSeconds(5))
        .untilAsserted(
            () ->
                assertThat(fixture.events("apps"))
                    .anyMatch(e -> e.getMessage().equals("ConfigMap/default/b deleted")));
  }

  @Test
  void withoutPruneNothingIsDeleted() {
    fixture.publish(
        "repo",
        FIRST,
        Map.of("a.yaml", configMap("a", "k", "v"), "b.yaml", configMap("b", "k", "v")));
    fixture.create("apps", "repo", spec -> spec.setPrune(false));
    fixture.reconcile("apps");

    fixture.publish("repo", SECOND, Map.of("a.yaml", configMap("a", "k", "v")));
    assertThat(ready(fixture.reconcile("apps"))).startsWith("True ");

    assertThat(exists("b")).isTrue();
  }

  @Test
  void objectsTakenOverByAnotherOwnerAreNotPruned() {
    fixture.publish(
        "repo",
        FIRST,
        Map.of("a.yaml", configMap("a", "k", "v"), "b.yaml", configMap("b", "k", "v")));
    fixture.create("apps", "repo", spec -> {});
    fixture.reconcile("apps");
    fixture
        .client()
        .configMaps()
        .inNamespace("default")
        .withName("b")
        .edit(
            cm -> {
              cm.getMetadata().getLabels().put("kustomize.toolkit.fluxcd.io/name", "other");
              return cm;
            });

    fixture.publish("repo", SECOND, Map.of("a.yaml", configMap("a", "k", "v")));
    assertThat(ready(fixture.reconcile("apps"))).startsWith("True ");

    assertThat(exists("b")).isTrue();
  }

  @Test
  void deletionPolicyDecidesWhatHappensToTheObjectsOnDeletion() {
    fixture.publish("repo", FIRST, Map.of("a.yaml", configMap("a", "k", "v")));
    fixture.create("orphan", "repo", spec -> spec.setDeletionPolicy(DeletionPolicy.ORPHAN));
    fixture.reconcile("orphan");
    assertThat(fixture.cleanup("orphan")).isEmpty();
    assertThat(exists("a")).isTrue();

    fixture.create("mirror-no-prune", "repo", spec -> spec.setPrune(false));
    fixture.reconcile("mirror-no-prune");
    assertThat(fixture.cleanup("mirror-no-prune")).isEmpty();
    assertThat(exists("a")).isTrue();

    fixture.create(
        "delete",
        "repo",
        spec -> {
          spec.setPrune(false);
          spec.setDeletionPolicy(DeletionPolicy.DELETE);
        });
    fixture.reconcile("delete");
    assertThat(fixture.cleanup("delete")).isEmpty();
    assertThat(exists("a")).isFalse();

    fixture.create("mirror", "repo", spec -> {});
    fixture.reconcile("mirror");
    assertThat(exists("a")).isTrue();
    assertThat(fixture.cleanup("mirror")).isEmpty();
    assertThat(exists("a")).isFalse();
  }

  private boolean exists(String name) {
    return fixture.client().configMaps().inNamespace("default").withName(name).get() != null;
  }
}
