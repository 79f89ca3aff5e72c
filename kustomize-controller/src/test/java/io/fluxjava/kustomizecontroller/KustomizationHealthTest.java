package io.fluxjava.kustomizecontroller;

import static io.fluxjava.kustomizecontroller.testing.Manifests.condition;
import static io.fluxjava.kustomizecontroller.testing.Manifests.configMap;
import static io.fluxjava.kustomizecontroller.testing.Manifests.deployment;
import static io.fluxjava.kustomizecontroller.testing.Manifests.hasCondition;
import static io.fluxjava.kustomizecontroller.testing.Manifests.ready;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.apps.DeploymentStatusBuilder;
import io.fluxjava.api.kustomize.Kustomization;
import io.fluxjava.api.meta.CustomHealthCheck;
import io.fluxjava.api.meta.NamespacedObjectKindReference;
import io.fluxjava.kustomizecontroller.testing.KustomizationFixture;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Health checks after apply: {@code wait}, {@code healthChecks} and {@code healthCheckExprs}. */
class KustomizationHealthTest {

  private static final String REVISION = "main@sha1:" + "e".repeat(40);

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
  void waitHoldsReadyUntilTheDeploymentIsAvailable() throws Exception {
    fixture.publish("repo", REVISION, Map.of("web.yaml", deployment("web", "nginx:1.27")));
    fixture.create("apps", "repo", spec -> spec.setWait(true));
    Thread rollout = rollOutWhenCreated("web");

    Kustomization ks = fixture.reconcile("apps");
    rollout.join(Duration.ofSeconds(10).toMillis());

    assertThat(ready(ks)).isEqualTo("True ReconciliationSucceeded: Applied revision: " + REVISION);
    assertThat(condition(ks, "Healthy").getStatus()).isEqualTo("True");
    assertThat(condition(ks, "Healthy").getReason()).isEqualTo("Succeeded");
    assertThat(condition(ks, "Healthy").getMessage()).startsWith("Health check passed in ");
    await()
        .atMost(Duration.ofSeconds(5))
        .untilAsserted(
            () ->
                assertThat(fixture.events("apps"))
                    .anyMatch(e -> e.getMessage().startsWith("Health check passed in ")));
  }

  @Test
  void celHealthCheckExpressionsJudgeTheListedObjects() {
    fixture.publish("repo", REVISION, Map.of("state.yaml", configMap("state", "phase", "ready")));
    fixture.create(
        "apps",
        "repo",
        spec -> {
          spec.setHealthChecks(List.of(ref("v1", "ConfigMap", "state")));
          spec.setHealthCheckExprs(List.of(celCheck()));
        });

    assertThat(ready(fixture.reconcile("apps"))).startsWith("True ");

    String broken = "main@sha1:" + "f".repeat(40);
    fixture.publish("repo", broken, Map.of("state.yaml", configMap("state", "phase", "broken")));
    Kustomization ks = fixture.reconcile("apps");

    assertThat(ready(ks))
        .startsWith("False HealthCheckFailed: health check failed after ")
        .contains("ConfigMap/default/state status: 'Failed'");
    assertThat(condition(ks, "Healthy").getStatus()).isEqualTo("False");
    assertThat(ks.getStatus().getLastAppliedRevision()).isEqualTo(REVISION);
    assertThat(ks.getStatus().getHistory().get(0).getLastReconciledStatus())
        .isEqualTo("HealthCheckFailed");
  }

  @Test
  void theHealthyConditionIsRemovedWhenChecksAreTurnedOff() {
    fixture.publish("repo", REVISION, Map.of("state.yaml", configMap("state", "phase", "ready")));
    fixture.create(
        "apps",
        "repo",
        spec -> {
          spec.setHealthChecks(List.of(ref("v1", "ConfigMap", "state")));
          spec.setHealthCheckExprs(List.of(celCheck()));
        });
    assertThat(hasCondition(fixture.reconcile("apps"), "Healthy")).isTrue();

    fixture.update("apps", spec -> spec.setHealthChecks(null));

    assertThat(hasCondition(fixture.reconcile("apps"), "Healthy")).isFalse();
  }

  @Test
  void anInvalidExpressionStallsTheKustomization() {
    fixture.publish("repo", REVISION, Map.of("state.yaml", configMap("state", "phase", "ready")));
    CustomHealthCheck invalid = celCheck();
    invalid.setCurrent("data.phase ==");
    fixture.create("apps", "repo", spec -> spec.setHealthCheckExprs(List.of(invalid)));

    Kustomization ks = fixture.reconcile("apps");

    assertThat(ready(ks)).startsWith("False InvalidCELExpression: ");
    assertThat(condition(ks, "Stalled").getStatus()).isEqualTo("True");
  }

  private static CustomHealthCheck celCheck() {
    CustomHealthCheck check = new CustomHealthCheck();
    check.setApiVersion("v1");
    check.setKind("ConfigMap");
    check.setCurrent("data.phase == 'ready'");
    check.setFailed("data.phase == 'broken'");
    return check;
  }

  private static NamespacedObjectKindReference ref(String apiVersion, String kind, String name) {
    NamespacedObjectKindReference ref = new NamespacedObjectKindReference();
    ref.setApiVersion(apiVersion);
    ref.setKind(kind);
    ref.setName(name);
    ref.setNamespace("default");
    return ref;
  }

  /** Plays the Deployment controller: once the Deployment exists, reports it rolled out. */
  private Thread rollOutWhenCreated(String name) {
    var deployments = fixture.client().apps().deployments().inNamespace("default").withName(name);
    Thread controller =
        new Thread(
            () -> {
              await()
                  .atMost(Duration.ofSeconds(10))
                  .pollInterval(Duration.ofMillis(20))
                  .until(() -> deployments.get() != null);
              deployments.editStatus(
                  d -> {
                    d.setStatus(
                        new DeploymentStatusBuilder()
                            .withObservedGeneration(d.getMetadata().getGeneration())
                            .withReplicas(1)
                            .withUpdatedReplicas(1)
                            .withReadyReplicas(1)
                            .withAvailableReplicas(1)
                            .addNewCondition()
                            .withType("Available")
                            .withStatus("True")
                            .endCondition()
                            .build());
                    return d;
                  });
            });
    controller.setDaemon(true);
    controller.start();
    return controller;
  }
}
