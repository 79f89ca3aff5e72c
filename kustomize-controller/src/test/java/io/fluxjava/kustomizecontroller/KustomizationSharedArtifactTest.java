package io.fluxjava.kustomizecontroller;

import static io.fluxjava.kustomizecontroller.testing.Manifests.configMap;
import static io.fluxjava.kustomizecontroller.testing.Manifests.inventoryIds;
import static io.fluxjava.kustomizecontroller.testing.Manifests.ready;
import static org.assertj.core.api.Assertions.assertThat;

import io.fluxjava.api.meta.Artifact;
import io.fluxjava.kustomizecontroller.testing.KustomizationFixture;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Kustomizations of one GitRepository share one download per revision, and no build changes what
 * the others build from.
 */
class KustomizationSharedArtifactTest {

  private static final String FIRST = "main@sha1:" + "1".repeat(40);
  private static final String SECOND = "main@sha1:" + "2".repeat(40);

  private KustomizationFixture fixture;

  @BeforeEach
  void start() {
    fixture = KustomizationFixture.start();
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  private Artifact publish(String revision, String value) {
    return fixture.publish(
        "repo",
        revision,
        Map.of(
            "apps/a/cm.yaml", configMap("a", "k", value),
            "apps/b/cm.yaml", configMap("b", "k", value)));
  }

  @Test
  void kustomizationsOfOneRevisionDownloadItOnceAndANewRevisionOnceMore() {
    Artifact first = publish(FIRST, "one");
    fixture.create("a", "repo", spec -> spec.setPath("./apps/a"));
    fixture.create("b", "repo", spec -> spec.setPath("./apps/b"));

    assertThat(ready(fixture.reconcile("a"))).startsWith("True");
    assertThat(ready(fixture.reconcile("b"))).startsWith("True");
    assertThat(fixture.downloads(first)).isEqualTo(1);

    Artifact second = publish(SECOND, "two");
    assertThat(ready(fixture.reconcile("a"))).endsWith(SECOND);
    assertThat(ready(fixture.reconcile("b"))).endsWith(SECOND);

    assertThat(fixture.downloads(second)).isEqualTo(1);
    assertThat(fixture.downloads(first)).isEqualTo(1);
    assertThat(fixture.client().configMaps().inNamespace("default").withName("b").get().getData())
        .containsEntry("k", "two");
  }

  @Test
  void overlaysOfOneKustomizationDoNotLeakIntoAnotherOfTheSamePath() {
    publish(FIRST, "one");
    fixture.create(
        "prefixed",
        "repo",
        spec -> {
          spec.setPath("./apps/a");
          spec.setNamePrefix("dev-");
          spec.setTargetNamespace("dev");
        });
    fixture.create("plain", "repo", spec -> spec.setPath("./apps/a"));

    fixture.reconcile("prefixed");
    fixture.reconcile("plain");

    assertThat(inventoryIds(fixture.get("prefixed"))).containsExactly("dev_dev-a__ConfigMap");
    assertThat(inventoryIds(fixture.get("plain"))).containsExactly("default_a__ConfigMap");
  }
}
