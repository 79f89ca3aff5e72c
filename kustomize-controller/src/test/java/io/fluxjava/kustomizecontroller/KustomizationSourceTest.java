package io.fluxjava.kustomizecontroller;

import static io.fluxjava.kustomizecontroller.testing.Manifests.configMap;
import static io.fluxjava.kustomizecontroller.testing.Manifests.ready;
import static org.assertj.core.api.Assertions.assertThat;

import io.fluxjava.api.kustomize.Kustomization;
import io.fluxjava.api.meta.Artifact;
import io.fluxjava.kustomizecontroller.testing.KustomizationFixture;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What happens while the source or its artifact is not there, or the artifact is tampered with. */
class KustomizationSourceTest {

  private static final String REVISION = "main@sha1:" + "5".repeat(40);

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
  void aMissingSourceIsReportedAndRetriedAfterTheRetryInterval() {
    fixture.create("apps", "absent", spec -> spec.setRetryInterval("2m"));

    assertThat(fixture.reconcileForRequeue("apps")).contains(Duration.ofMinutes(2));
    assertThat(ready(fixture.get("apps")))
        .isEqualTo(
            "False ArtifactFailed: gitrepositories.source.toolkit.fluxcd.io \"absent\" not found");
  }

  @Test
  void aSourceWithoutArtifactIsRetriedAfterRequeueDependency() {
    fixture.setArtifact("repo", null);
    fixture.create("apps", "repo", spec -> {});

    assertThat(fixture.reconcileForRequeue("apps")).contains(Duration.ofSeconds(30));
    assertThat(ready(fixture.get("apps")))
        .isEqualTo("False ArtifactFailed: Source artifact not found, retrying in 30s");
  }

  @Test
  void anArtifactTheServerNoLongerHasIsRetriedAfterRequeueDependency() {
    Artifact artifact =
        fixture.publish("repo", REVISION, Map.of("a.yaml", configMap("a", "k", "v")));
    artifact.setUrl(artifact.getUrl() + ".gone");
    fixture.setArtifact("repo", artifact);
    fixture.create("apps", "repo", spec -> {});

    assertThat(fixture.reconcileForRequeue("apps")).contains(Duration.ofSeconds(30));
    Kustomization ks = fixture.get("apps");
    assertThat(ready(ks))
        .isEqualTo(
            "False ArtifactFailed: Source is not ready, artifact not found, retrying in 30s");
    assertThat(ks.getStatus().getConditions())
        .anyMatch(
            c -> c.getType().equals("Reconciling") && c.getReason().equals("ProgressingWithRetry"));
  }

  @Test
  void anArtifactWhoseDigestDoesNotMatchIsRefused() {
    Artifact artifact =
        fixture.publish("repo", REVISION, Map.of("a.yaml", configMap("a", "k", "v")));
    artifact.setDigest("sha256:" + "0".repeat(64));
    fixture.setArtifact("repo", artifact);
    fixture.create("apps", "repo", spec -> {});

    Kustomization ks = fixture.reconcile("apps");

    assertThat(ready(ks)).startsWith("False ArtifactFailed: ").contains("digest");
    assertThat(fixture.client().configMaps().inNamespace("default").withName("a").get()).isNull();
  }

  @Test
  void aSourceInAnotherNamespaceIsRefusedWhenCrossNamespaceRefsAreBlocked() {
    try (KustomizationFixture blocked =
        KustomizationFixture.start(Map.of("no-cross-namespace-refs", "true"))) {
      blocked.create("apps", "repo", spec -> spec.getSourceRef().setNamespace("sources"));

      Kustomization ks = blocked.reconcile("apps");

      assertThat(ready(ks))
          .isEqualTo(
              "False AccessDenied: can't access 'GitRepository/sources/repo', cross-namespace"
                  + " references have been blocked");
      assertThat(ks.getStatus().getConditions())
          .anyMatch(c -> c.getType().equals("Stalled") && c.getStatus().equals("True"));
    }
  }
}
