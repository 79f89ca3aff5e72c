package io.fluxjava.kustomizecontroller;

import static io.fluxjava.kustomizecontroller.testing.Manifests.condition;
import static io.fluxjava.kustomizecontroller.testing.Manifests.configMap;
import static io.fluxjava.kustomizecontroller.testing.Manifests.ready;
import static org.assertj.core.api.Assertions.assertThat;

import io.fluxjava.api.kustomize.Kustomization;
import io.fluxjava.api.meta.DependencyReference;
import io.fluxjava.kustomizecontroller.testing.KustomizationFixture;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code dependsOn}: readiness, same-source revisions, readyExpr and cross-namespace refusal. */
class KustomizationDependsOnTest {

  private static final String FIRST = "main@sha1:" + "3".repeat(40);
  private static final String SECOND = "main@sha1:" + "4".repeat(40);

  private KustomizationFixture fixture;

  @AfterEach
  void stop() {
    fixture.close();
  }

  @Test
  void waitsForTheDependencyToBeReadyThenProceeds() {
    fixture = KustomizationFixture.start(Map.of("requeue-dependency", "5s"));
    fixture.publish(
        "repo",
        FIRST,
        Map.of(
            "infra/a.yaml",
            configMap("infra", "k", "v"),
            "apps/b.yaml",
            configMap("app", "k", "v")));
    fixture.create("infra", "repo", spec -> spec.setPath("infra"));
    fixture.create(
        "apps",
        "repo",
        spec -> {
          spec.setPath("apps");
          spec.setDependsOn(List.of(dependency("infra", null)));
        });

    assertThat(fixture.reconcileForRequeue("apps")).contains(Duration.ofSeconds(5));
    Kustomization waiting = fixture.get("apps");
    assertThat(ready(waiting))
        .isEqualTo("False DependencyNotReady: dependency 'flux-system/infra' is not ready");
    assertThat(fixture.client().configMaps().inNamespace("default").withName("app").get()).isNull();

    fixture.reconcile("infra");
    assertThat(ready(fixture.reconcile("apps")))
        .isEqualTo("True ReconciliationSucceeded: Applied revision: " + FIRST);
  }

  @Test
  void aDependencyOnTheSameSourceMustHaveAppliedItsCurrentRevision() {
    fixture = KustomizationFixture.start();
    fixture.publish(
        "repo",
        FIRST,
        Map.of(
            "infra/a.yaml",
            configMap("infra", "k", "v"),
            "apps/b.yaml",
            configMap("app", "k", "v")));
    fixture.create("infra", "repo", spec -> spec.setPath("infra"));
    fixture.create(
        "apps",
        "repo",
        spec -> {
          spec.setPath("apps");
          spec.setDependsOn(List.of(dependency("infra", null)));
        });
    fixture.reconcile("infra");

    fixture.publish(
        "repo",
        SECOND,
        Map.of(
            "infra/a.yaml",
            configMap("infra", "k", "v2"),
            "apps/b.yaml",
            configMap("app", "k", "v2")));

    assertThat(ready(fixture.reconcile("apps")))
        .isEqualTo(
            "False DependencyNotReady: dependency 'flux-system/infra' revision is not up to date");
    fixture.reconcile("infra");
    assertThat(ready(fixture.reconcile("apps")))
        .isEqualTo("True ReconciliationSucceeded: Applied revision: " + SECOND);
  }

  @Test
  void readyExprReplacesTheBuiltInCheck() {
    fixture = KustomizationFixture.start();
    fixture.publish("repo", FIRST, Map.of("a.yaml", configMap("app", "k", "v")));
    fixture.create("infra", "other-repo", spec -> spec.setSuspend(true));
    fixture.create(
        "apps",
        "repo",
        spec ->
            spec.setDependsOn(
                List.of(
                    dependency(
                        "infra", "dep.spec.suspend == true && self.metadata.name == 'apps'"))));

    assertThat(ready(fixture.reconcile("apps"))).startsWith("True ");

    fixture.update(
        "apps",
        spec -> spec.setDependsOn(List.of(dependency("infra", "dep.spec.suspend == false"))));
    assertThat(ready(fixture.reconcile("apps")))
        .isEqualTo(
            "False DependencyNotReady: dependency 'flux-system/infra' is not ready according to readyExpr eval");
  }

  @Test
  void crossNamespaceDependenciesAreRefusedWhenBlocked() {
    fixture = KustomizationFixture.start(Map.of("no-cross-namespace-refs", "true"));
    fixture.publish("repo", FIRST, Map.of("a.yaml", configMap("app", "k", "v")));
    DependencyReference elsewhere = dependency("infra", null);
    elsewhere.setNamespace("other");
    fixture.create("apps", "repo", spec -> spec.setDependsOn(List.of(elsewhere)));

    Kustomization ks = fixture.reconcile("apps");

    assertThat(ready(ks))
        .isEqualTo(
            "False AccessDenied: can't access 'Kustomization/other/infra', cross-namespace references"
                + " have been blocked");
    assertThat(condition(ks, "Stalled").getReason()).isEqualTo("AccessDenied");
  }

  private static DependencyReference dependency(String name, String readyExpr) {
    DependencyReference ref = new DependencyReference();
    ref.setName(name);
    ref.setReadyExpr(readyExpr);
    return ref;
  }
}
