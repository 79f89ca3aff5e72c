package io.fluxjava.helm;

import static io.fluxjava.helm.testing.HelmReleaseFixture.NAMESPACE;
import static io.fluxjava.helm.testing.HelmReleaseFixture.condition;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fluxjava.api.helm.DriftDetection;
import io.fluxjava.api.helm.DriftDetectionMode;
import io.fluxjava.api.helm.HelmRelease;
import io.fluxjava.api.helm.Install;
import io.fluxjava.api.meta.IgnoreRule;
import io.fluxjava.api.meta.Selector;
import io.fluxjava.helm.testing.HelmReleaseFixture;
import io.fluxjava.testkit.helm.ChartArchive;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HelmReleaseDriftIgnoreTest {

  private static final ChartArchive WEB =
      ChartArchive.of("web", "1.0.0")
          .with(
              "templates/deployment.yaml",
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                replicas: 2
                selector:
                  matchLabels: {app: web}
                template:
                  metadata:
                    labels: {app: web}
                  spec:
                    containers: [{name: web, image: "nginx:1.25"}]
              """);

  private HelmReleaseFixture fixture;

  @BeforeEach
  void start() {
    fixture = new HelmReleaseFixture();
    fixture.publishChart("web", WEB);
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  @Test
  void ignoredReplicasOfADeploymentAreNeitherDriftNorCorrected() {
    install(DriftDetectionMode.ENABLED, List.of(rule("/spec/replicas", "Deployment")));
    scaleByHand(5);

    HelmRelease release = fixture.reconcile("web");

    assertThat(deployment().getSpec().getReplicas()).isEqualTo(5);
    assertThat(condition(release, "Drifted").getStatus()).isEqualTo("False");
    assertThat(fixture.events("web")).noneMatch(e -> "DriftDetected".equals(e.getReason()));
  }

  @Test
  void correctingOtherFieldsKeepsTheIgnoredValue() {
    install(DriftDetectionMode.ENABLED, List.of(rule("/spec/replicas", "Deployment")));
    scaleByHand(5);
    fixture
        .client()
        .apps()
        .deployments()
        .inNamespace(NAMESPACE)
        .withName("web")
        .edit(
            d -> {
              d.getSpec().getTemplate().getSpec().getContainers().get(0).setImage("nginx:edited");
              return d;
            });

    fixture.reconcile("web");

    assertThat(deployment().getSpec().getTemplate().getSpec().getContainers().get(0).getImage())
        .isEqualTo("nginx:1.25");
    assertThat(deployment().getSpec().getReplicas()).isEqualTo(5);
  }

  @Test
  void scaledDeploymentIsCorrectedWithoutIgnoreRule() {
    install(DriftDetectionMode.ENABLED, List.of());
    scaleByHand(5);

    fixture.reconcile("web");

    assertThat(deployment().getSpec().getReplicas()).isEqualTo(2);
    assertThat(fixture.events("web"))
        .anySatisfy(
            e -> {
              assertThat(e.getReason()).isEqualTo("DriftDetected");
              assertThat(e.getMessage()).contains("Deployment/flux-system/web");
            });
  }

  @Test
  void ruleTargetingAnotherKindDoesNotHideTheDrift() {
    install(DriftDetectionMode.WARN, List.of(rule("/spec/replicas", "StatefulSet")));
    scaleByHand(5);

    HelmRelease release = fixture.reconcile("web");

    assertThat(condition(release, "Drifted").getStatus()).isEqualTo("True");
    assertThat(condition(release, "Drifted").getReason()).isEqualTo("DriftDetected");
  }

  private static IgnoreRule rule(String path, String kind) {
    Selector target = new Selector();
    target.setKind(kind);
    IgnoreRule rule = new IgnoreRule();
    rule.setPaths(List.of(path));
    rule.setTarget(target);
    return rule;
  }

  private void install(DriftDetectionMode mode, List<IgnoreRule> ignore) {
    fixture.create(
        "web",
        "web",
        spec -> {
          Install install = new Install();
          install.setDisableWait(true);
          spec.setInstall(install);
          DriftDetection drift = new DriftDetection();
          drift.setMode(mode);
          drift.setIgnore(ignore);
          spec.setDriftDetection(drift);
        });
    fixture.reconcile("web");
  }

  private void scaleByHand(int replicas) {
    fixture
        .client()
        .apps()
        .deployments()
        .inNamespace(NAMESPACE)
        .withName("web")
        .edit(
            d -> {
              d.getSpec().setReplicas(replicas);
              return d;
            });
  }

  private Deployment deployment() {
    return fixture.client().apps().deployments().inNamespace(NAMESPACE).withName("web").get();
  }
}
