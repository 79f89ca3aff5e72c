package io.fluxjava.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.fluxjava.testkit.git.GitWorkspace;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The user's story against the four controllers as separate processes, wired like the chart, on the
 * demo fleet that {@code ./flux-local up} serves: one cluster for the whole class, steps in order,
 * each one a change a user makes in Git or with kubectl.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FleetScenarioTest {

  private static final String NS = LocalCluster.NAMESPACE;
  private static final String PRODUCTION = "podinfo-production";
  private static final String PODINFO = "apps/production/podinfo.yaml";
  private static final Duration STEP = Duration.ofSeconds(90);

  @TempDir static Path workDir;

  private LocalCluster cluster;
  private DemoFleet fleet;
  private WebhookSink webhook;
  private KubernetesClient client;

  @BeforeAll
  void startClusterAndFleet() {
    cluster =
        LocalCluster.start(
            new LocalCluster.Settings(
                E2eSettings.projectRoot(), workDir, E2eSettings.version(), Map.of(), line -> {}));
    client = cluster.client();
    webhook = new WebhookSink();
    applyAlertingToWebhook();
    fleet = DemoFleet.create(workDir, line -> {});
    fleet.apply(client, E2eSettings.projectRoot(), AgeKeys.generate());
  }

  @AfterAll
  void stopEverything() {
    if (fleet != null) {
      fleet.close();
    }
    if (webhook != null) {
      webhook.close();
    }
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  @Order(1)
  void initialSyncBecomesReadyInDependsOnOrder() {
    await()
        .atMost(Duration.ofMinutes(4))
        .pollInterval(Duration.ofSeconds(1))
        .until(() -> DemoFleet.KUSTOMIZATIONS.stream().allMatch(this::kustomizationReady));

    // the first successful reconcile of each Kustomization, in the order the webhook received them
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> DemoFleet.KUSTOMIZATIONS.stream().allMatch(name -> firstSuccess(name) >= 0));
    assertThat(firstSuccess("infra-controllers")).isLessThan(firstSuccess("infra-configs"));
    assertThat(firstSuccess("infra-configs")).isLessThan(firstSuccess("apps-production"));
    assertThat(firstSuccess("infra-configs")).isLessThan(firstSuccess("apps-staging"));
    assertThat(deployment(PRODUCTION).getSpec().getReplicas()).isEqualTo(2);
    assertThat(deployment("podinfo-staging").getSpec().getReplicas()).isEqualTo(1);
    assertThat(client.configMaps().inNamespace("demo-infra").withName("cluster-settings").get())
        .isNotNull();
  }

  @Test
  @Order(2)
  void helmReleaseFromTheLocalRepositoryIsInstalled() {
    await().atMost(STEP).until(() -> ready("helm.toolkit.fluxcd.io/v2", "HelmRelease", "demo-app"));

    assertThat(greeting()).isEqualTo("hello from flux-local");
  }

  @Test
  @Order(3)
  void aCommitChangingTheDeploymentIsAppliedRightAfterARequestedAt() {
    String revision = commitToMaster(PODINFO, podinfo(3, true), "Scale podinfo to 3");

    reconcileProductionWithSource(revision);

    await()
        .atMost(Duration.ofSeconds(45))
        .until(() -> appliedRevision("apps-production").endsWith(revision));
    assertThat(deployment(PRODUCTION).getSpec().getReplicas()).isEqualTo(3);
  }

  @Test
  @Order(4)
  void anObjectRemovedFromGitIsPruned() {
    String revision = commitToMaster(PODINFO, podinfo(3, false), "Drop the settings ConfigMap");

    reconcileProductionWithSource(revision);

    await().atMost(STEP).until(() -> appliedRevision("apps-production").endsWith(revision));
    assertThat(client.configMaps().inNamespace(PRODUCTION).withName("podinfo-settings").get())
        .isNull();
    assertThat(deployment(PRODUCTION)).isNotNull();
  }

  @Test
  @Order(5)
  void anInvalidCommitKeepsWhatRunsAndTheNextGoodCommitRecovers() {
    String broken =
        commitToMaster(
            PODINFO, "apiVersion: apps/v1\nkind: Deployment\nmetadata: [broken\n", "Break it");
    reconcileProductionWithSource(broken);

    await()
        .atMost(STEP)
        .until(
            () -> readyCondition("apps-production").filter(ready -> !ready.isTrue()).isPresent());
    FluxObjects.Ready failed = readyCondition("apps-production").orElseThrow();
    assertThat(failed.message()).contains("podinfo.yaml");
    assertThat(deployment(PRODUCTION).getSpec().getReplicas()).isEqualTo(3);

    String good = commitToMaster(PODINFO, podinfo(4, false), "Fix it");
    reconcileProductionWithSource(good);
    await()
        .atMost(STEP)
        .until(
            () ->
                appliedRevision("apps-production").endsWith(good)
                    && kustomizationReady("apps-production"));
    assertThat(deployment(PRODUCTION).getSpec().getReplicas()).isEqualTo(4);
  }

  @Test
  @Order(6)
  void theFailureReachedTheGenericWebhookOnce() {
    await().atMost(Duration.ofSeconds(30)).until(() -> !failureEvents().isEmpty());

    assertThat(failureEvents()).hasSize(1);
    assertThat(failureEvents().get(0)).contains("\"severity\":\"error\"", "podinfo.yaml");
  }

  @Test
  @Order(7)
  void aForcePushedStagingBranchIsApplied() {
    GitWorkspace git = fleet.workspace();
    git.git("checkout", "staging");
    git.write("apps/staging/podinfo.yaml", podinfo(5, true));
    git.git("add", "-A");
    git.git("commit", "--amend", "-m", "Staging rewritten");
    String rewritten = git.head();
    git.push("staging", true);
    git.git("checkout", "master");

    reconcileNow(FluxObjects.SOURCE_V1, "GitRepository", "fleet-staging");
    reconcileNow(FluxObjects.KUSTOMIZE_V1, "Kustomization", "apps-staging");

    await().atMost(STEP).until(() -> appliedRevision("apps-staging").endsWith(rewritten));
    assertThat(deployment("podinfo-staging").getSpec().getReplicas()).isEqualTo(5);
  }

  @Test
  @Order(8)
  void helmReleaseIsUpgradedWhenItsValuesChangeInGit() {
    String manifest =
        fleet.workspace().git("show", "HEAD:infrastructure/controllers/demo-app.yaml");
    commitToMaster(
        "infrastructure/controllers/demo-app.yaml",
        manifest.replace("greeting: hello from flux-local", "greeting: upgraded"),
        "New greeting");

    reconcileNow(FluxObjects.SOURCE_V1, "GitRepository", "flux-system");
    reconcileNow(FluxObjects.KUSTOMIZE_V1, "Kustomization", "infra-controllers");

    await().atMost(STEP).until(() -> "upgraded".equals(greeting()));
  }

  @Test
  @Order(9)
  void metricsShowReconcileDurationsForEveryObject() {
    String kustomize = HttpProbe.body(cluster.url(Controller.KUSTOMIZE, "http-prom") + "/metrics");
    for (String name : DemoFleet.KUSTOMIZATIONS) {
      assertThat(kustomize)
          .contains(
              "gotk_reconcile_duration_seconds_count{kind=\"Kustomization\",name=\""
                  + name
                  + "\",namespace=\"flux-system\"}");
    }
    assertThat(HttpProbe.body(cluster.url(Controller.SOURCE, "http-prom") + "/metrics"))
        .contains(
            "gotk_reconcile_duration_seconds_count{kind=\"GitRepository\",name=\"flux-system\"");
    assertThat(HttpProbe.body(cluster.url(Controller.HELM, "http-prom") + "/metrics"))
        .contains("gotk_reconcile_duration_seconds_count{kind=\"HelmRelease\",name=\"demo-app\"");
  }

  private void applyAlertingToWebhook() {
    client
        .resource(
            flux(
                "notification.toolkit.fluxcd.io/v1beta3",
                "Provider",
                "webhook",
                Map.of("type", "generic", "address", webhook.url())))
        .serverSideApply();
    client
        .resource(
            flux(
                "notification.toolkit.fluxcd.io/v1beta3",
                "Alert",
                "failures",
                Map.of(
                    "providerRef", Map.of("name", "webhook"),
                    "eventSeverity", "info",
                    "eventSources",
                        java.util.List.of(Map.of("kind", "Kustomization", "name", "*")))))
        .serverSideApply();
  }

  private static GenericKubernetesResource flux(
      String apiVersion, String kind, String name, Map<String, Object> spec) {
    GenericKubernetesResource object = new GenericKubernetesResource();
    object.setApiVersion(apiVersion);
    object.setKind(kind);
    object.setMetadata(
        new io.fabric8.kubernetes.api.model.ObjectMetaBuilder()
            .withName(name)
            .withNamespace(NS)
            .build());
    object.setAdditionalProperty("spec", spec);
    return object;
  }

  private java.util.List<String> failureEvents() {
    return webhook.bodies().stream()
        .filter(body -> body.contains("\"name\":\"apps-production\""))
        .filter(body -> body.contains("\"severity\":\"error\"") && body.contains("podinfo.yaml"))
        .toList();
  }

  private int firstSuccess(String kustomization) {
    java.util.List<String> bodies = webhook.bodies();
    for (int i = 0; i < bodies.size(); i++) {
      if (bodies.get(i).contains("Reconciliation finished in")
          && bodies.get(i).contains("\"kind\":\"Kustomization\"")
          && bodies.get(i).contains("\"name\":\"" + kustomization + "\"")) {
        return i;
      }
    }
    return -1;
  }

  private String commitToMaster(String path, String content, String message) {
    fleet.workspace().write(path, content);
    String revision = fleet.workspace().commit(message);
    fleet.workspace().push("master", false);
    return revision;
  }

  /**
   * {@code flux reconcile kustomization apps-production --with-source}: the source fetches the new
   * commit, the infrastructure Kustomizations follow it (they watch the source), and
   * apps-production, which waits for its dependencies to be at the source's revision, is asked to
   * reconcile at once.
   */
  private void reconcileProductionWithSource(String revision) {
    reconcileNow(FluxObjects.SOURCE_V1, "GitRepository", "flux-system");
    await().atMost(STEP).until(() -> appliedRevision("infra-configs").endsWith(revision));
    reconcileNow(FluxObjects.KUSTOMIZE_V1, "Kustomization", "apps-production");
  }

  private void reconcileNow(String apiVersion, String kind, String name) {
    client
        .genericKubernetesResources(apiVersion, kind)
        .inNamespace(NS)
        .withName(name)
        .patch(
            PatchContext.of(PatchType.JSON_MERGE),
            "{\"metadata\":{\"annotations\":{\"reconcile.fluxcd.io/requestedAt\":\""
                + Instant.now()
                + "\"}}}");
  }

  private boolean kustomizationReady(String name) {
    return ready(FluxObjects.KUSTOMIZE_V1, "Kustomization", name);
  }

  private boolean ready(String apiVersion, String kind, String name) {
    return FluxObjects.ready(client, apiVersion, kind, NS, name)
        .filter(FluxObjects.Ready::isTrue)
        .isPresent();
  }

  private Optional<FluxObjects.Ready> readyCondition(String kustomization) {
    return FluxObjects.ready(client, FluxObjects.KUSTOMIZE_V1, "Kustomization", NS, kustomization);
  }

  private String appliedRevision(String kustomization) {
    return FluxObjects.get(client, FluxObjects.KUSTOMIZE_V1, "Kustomization", NS, kustomization)
        .map(object -> object.get("status", "lastAppliedRevision"))
        .map(Object::toString)
        .orElse("");
  }

  private Deployment deployment(String namespace) {
    return client.apps().deployments().inNamespace(namespace).withName("podinfo").get();
  }

  private String greeting() {
    var configMap =
        client
            .configMaps()
            .inNamespace("demo-infra")
            .withName("demo-infra-demo-app-greeting")
            .get();
    return configMap == null ? null : configMap.getData().get("greeting");
  }

  private static String podinfo(int replicas, boolean withSettings) {
    String deployment =
        """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: podinfo
        spec:
          replicas: %d
          selector:
            matchLabels:
              app: podinfo
          template:
            metadata:
              labels:
                app: podinfo
            spec:
              containers:
                - name: podinfo
                  image: ghcr.io/stefanprodan/podinfo:6.7.0
        """
            .formatted(replicas);
    String settings =
        """
        ---
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: podinfo-settings
        data:
          message: changed
        """;
    return withSettings ? deployment + settings : deployment;
  }
}
