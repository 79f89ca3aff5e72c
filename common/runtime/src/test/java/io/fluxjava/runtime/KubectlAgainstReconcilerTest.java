package io.fluxjava.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fluxjava.api.ConditionTypes;
import io.fluxjava.api.Reasons;
import io.fluxjava.api.kustomize.Kustomization;
import io.fluxjava.api.kustomize.KustomizationSpec;
import io.fluxjava.runtime.events.FluxEventRecorder;
import io.fluxjava.runtime.josdk.FluxOperator;
import io.fluxjava.runtime.options.FluxOptions;
import io.fluxjava.runtime.testing.TestOperators;
import io.fluxjava.testkit.InMemoryApiServer;
import io.fluxjava.testkit.Kubectl;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a user does with the real {@code kubectl} against objects our runtime reconciles: list the
 * CRDs and Kustomizations, request a reconcile with an annotation and wait for Ready, through the
 * project's generated CRDs on the in-memory API server.
 */
class KubectlAgainstReconcilerTest {

  private static final Path PROJECT_CRDS = Path.of("../../helm-chart/crds");
  private static final Duration KUBECTL_TIMEOUT = Duration.ofSeconds(30);
  private static final String NS = "flux-system";

  private static InMemoryApiServer api;
  private static KubernetesClient client;
  private static FluxEventRecorder events;
  private static FluxOperator operator;
  private static Kubectl kubectl;

  /** Marks every Kustomization Ready, like a controller that finished its work. */
  static final class ReadyKustomizations implements FluxReconciler<Kustomization> {
    @Override
    public Class<Kustomization> resourceType() {
      return Kustomization.class;
    }

    @Override
    public ReconcileResult reconcile(Kustomization obj, ReconcileContext ctx) {
      ctx.conditions().markTrue(ConditionTypes.READY, Reasons.SUCCEEDED, "Applied revision: demo");
      return ReconcileResult.success();
    }
  }

  @BeforeAll
  static void start(@TempDir Path dir) {
    assumeTrue(Kubectl.isInstalled(), "kubectl is not on the PATH: skipping the kubectl tests");
    api = InMemoryApiServer.start();
    api.installCrds(PROJECT_CRDS);
    client = api.client();
    kubectl = new Kubectl(api.writeKubeconfig(dir.resolve("kubeconfig")), dir);
    FluxOptions options = FluxOptions.from(Map.<String, String>of()::get, "kustomize-controller");
    events = new FluxEventRecorder(client, "kustomize-controller", "", "test", Clock.systemUTC());
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    operator =
        TestOperators.withReconciler(new ReadyKustomizations(), client, options, events, registry);
    operator.start();
  }

  @AfterAll
  static void stop() {
    if (operator != null) {
      operator.stop();
      events.close();
      api.close();
    }
  }

  @Test
  void getCrdListsEveryFluxKind() {
    Kubectl.Result result = kubectl.run(KUBECTL_TIMEOUT, "get", "crd", "-o", "name");

    assertThat(result.succeeded()).as(result.stderr()).isTrue();
    assertThat(result.stdout().lines())
        .contains(
            "customresourcedefinition.apiextensions.k8s.io/kustomizations.kustomize.toolkit.fluxcd.io",
            "customresourcedefinition.apiextensions.k8s.io/gitrepositories.source.toolkit.fluxcd.io",
            "customresourcedefinition.apiextensions.k8s.io/helmreleases.helm.toolkit.fluxcd.io")
        .hasSize(11);
  }

  @Test
  void waitForReadyReturnsOnceTheReconcilerMadeTheObjectReady() {
    create("apps");

    Kubectl.Result waited =
        kubectl.run(
            KUBECTL_TIMEOUT,
            "wait",
            "--for=condition=Ready",
            "kustomization/apps",
            "-n",
            NS,
            "--timeout=20s");
    Kubectl.Result listed = kubectl.run(KUBECTL_TIMEOUT, "get", "kustomizations", "-A");

    assertThat(waited.succeeded()).as(waited.stderr()).isTrue();
    assertThat(waited.stdout())
        .contains("kustomization.kustomize.toolkit.fluxcd.io/apps condition met");
    assertThat(listed.stdout())
        .contains("READY")
        .contains("apps")
        .contains("Applied revision: demo");
  }

  @Test
  void annotateRequestIsHandledAndRecorded() {
    create("infra");
    await().atMost(Duration.ofSeconds(20)).until(() -> observedGeneration("infra") == 1L);

    Kubectl.Result annotated =
        kubectl.run(
            KUBECTL_TIMEOUT,
            "annotate",
            "--overwrite",
            "kustomization/infra",
            "-n",
            NS,
            "reconcile.fluxcd.io/requestedAt=2026-11-28T13:00:00Z");

    assertThat(annotated.succeeded()).as(annotated.stderr()).isTrue();
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                "2026-11-28T13:00:00Z"
                    .equals(get("infra").getStatus().getLastHandledReconcileAt()));
  }

  private static void create(String name) {
    Kustomization kustomization = new Kustomization();
    kustomization.setMetadata(new ObjectMetaBuilder().withName(name).withNamespace(NS).build());
    KustomizationSpec spec = new KustomizationSpec();
    spec.setInterval("10m");
    spec.setPrune(true);
    kustomization.setSpec(spec);
    client.resource(kustomization).create();
  }

  private static Kustomization get(String name) {
    return client.resources(Kustomization.class).inNamespace(NS).withName(name).get();
  }

  private static long observedGeneration(String name) {
    Kustomization object = get(name);
    return object.getStatus() == null || object.getStatus().getObservedGeneration() == null
        ? -1L
        : object.getStatus().getObservedGeneration();
  }
}
