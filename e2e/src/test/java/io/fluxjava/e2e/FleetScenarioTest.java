package io.fluxjava.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.fluxjava.api.FluxMetadata;
import io.fluxjava.testkit.git.GitWorkspace;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
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
  private static final String SETTINGS = "infrastructure/configs/cluster-settings.yaml";
  private static final String PRODUCTION_KUSTOMIZATION = "apps/production/kustomization.yaml";
  private static final String BULK_FILE = "apps/production/bulk.yaml";
  private static final String BULK_LABEL = "demo.fluxjava.io/bulk";
  private static final int BULK_COUNT = 150;

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
    fleet.apply(client, E2eSettings.projectRoot());
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
  void theSopsEncryptedSecretIsDecryptedAndItsPlaintextIsNeverShown() {
    String password = fleet.secret().password();
    Secret secret = client.secrets().inNamespace(PRODUCTION).withName(DemoSecret.NAME).get();

    assertThat(secret).isNotNull();
    assertThat(decoded(secret.getData().get(DemoSecret.KEY))).isEqualTo(password);
    assertThat(secret.getData()).doesNotContainKey("sops");
    String base64 = encoded(password);
    assertThat(Serialization.asJson(client.v1().events().inAnyNamespace().list()))
        .doesNotContain(password, base64);
    for (String name : DemoFleet.KUSTOMIZATIONS) {
      assertThat(Serialization.asJson(kustomization(name))).doesNotContain(password, base64);
    }
    assertThat(String.join("\n", webhook.bodies())).doesNotContain(password, base64);
    for (Controller controller : Controller.values()) {
      assertThat(cluster.log(controller)).content().doesNotContain(password, base64);
    }
  }

  @Test
  @Order(4)
  void aCommitChangingTheDeploymentIsAppliedRightAfterARequestedAt() {
    String revision = commitToMaster(PODINFO, podinfo(3, true), "Scale podinfo to 3");

    reconcileProductionWithSource(revision);

    await()
        .atMost(Duration.ofSeconds(45))
        .until(() -> appliedRevision("apps-production").endsWith(revision));
    assertThat(deployment(PRODUCTION).getSpec().getReplicas()).isEqualTo(3);
  }

  @Test
  @Order(5)
  void anObjectRemovedFromGitIsPruned() {
    String revision = commitToMaster(PODINFO, podinfo(3, false), "Drop the settings ConfigMap");

    reconcileProductionWithSource(revision);

    await().atMost(STEP).until(() -> appliedRevision("apps-production").endsWith(revision));
    assertThat(client.configMaps().inNamespace(PRODUCTION).withName("podinfo-settings").get())
        .isNull();
    assertThat(deployment(PRODUCTION)).isNotNull();
  }

  @Test
  @Order(6)
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
  @Order(7)
  void theFailureReachedTheGenericWebhookOnce() {
    await().atMost(Duration.ofSeconds(30)).until(() -> !failureEvents().isEmpty());

    assertThat(failureEvents()).hasSize(1);
    assertThat(failureEvents().get(0)).contains("\"severity\":\"error\"", "podinfo.yaml");
  }

  @Test
  @Order(8)
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
  @Order(9)
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
  @Order(10)
  void aSignedGitHubPushMakesTheGitRepositoryFetchAtOnce() {
    String token = UUID.randomUUID().toString();
    client
        .secrets()
        .inNamespace(NS)
        .resource(
            new SecretBuilder()
                .withNewMetadata()
                .withName("github-receiver")
                .withNamespace(NS)
                .endMetadata()
                .addToData("token", encoded(token))
                .build())
        .serverSideApply();
    client
        .resource(
            flux(
                "notification.toolkit.fluxcd.io/v1",
                "Receiver",
                "github",
                Map.of(
                    "type", "github",
                    "events", List.of("push"),
                    "secretRef", Map.of("name", "github-receiver"),
                    "resources",
                        List.of(
                            Map.of(
                                "apiVersion", FluxObjects.SOURCE_V1,
                                "kind", "GitRepository",
                                "name", "flux-system")))))
        .serverSideApply();
    await().atMost(STEP).until(() -> !webhookPath().isEmpty());
    String hookUrl = cluster.url(Controller.NOTIFICATION, "http-webhook") + webhookPath();
    String settings = fleet.workspace().git("show", "HEAD:" + SETTINGS);
    String revision =
        commitToMaster(
            SETTINGS, settings.replace("environment: demo", "environment: hooked"), "Hook");
    String requestedBefore = requestedAt("flux-system");
    GitHubPushHook github = new GitHubPushHook();

    // as upstream: every failed validation, a wrong signature included, answers 400
    assertThat(github.push(hookUrl, "not-the-token", fleet.gitUrl(), revision)).isEqualTo(400);
    assertThat(requestedAt("flux-system")).isEqualTo(requestedBefore);
    assertThat(github.push(hookUrl, token, fleet.gitUrl(), revision)).isEqualTo(200);

    // the GitRepository's interval is a minute; the hook has it fetch the commit right away
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> artifactRevision("flux-system").endsWith(revision));
    GenericKubernetesResource repository = gitRepository("flux-system");
    String requested = requestedAt("flux-system");
    assertThat(requested).isNotEqualTo(requestedBefore);
    assertThat(repository.get("status", "lastHandledReconcileAt").toString()).isEqualTo(requested);
  }

  @Test
  @Order(11)
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

  @Test
  @Order(12)
  void killingKustomizeControllerMidApplyConvergesWithNothingLostOrDuplicated() {
    String kustomization = fleet.workspace().git("show", "HEAD:" + PRODUCTION_KUSTOMIZATION);
    fleet.workspace().write(BULK_FILE, bulkConfigMaps());
    String revision =
        commitToMaster(
            PRODUCTION_KUSTOMIZATION,
            kustomization + "  - " + Path.of(BULK_FILE).getFileName() + "\n",
            "Add " + BULK_COUNT + " ConfigMaps");
    reconcileProductionWithSource(revision);

    await().atMost(STEP).pollInterval(Duration.ofMillis(20)).until(() -> !bulkNames().isEmpty());
    cluster.kill(Controller.KUSTOMIZE);
    int appliedBeforeTheKill = bulkNames().size();
    cluster.restart(Controller.KUSTOMIZE);

    await()
        .atMost(Duration.ofMinutes(2))
        .until(
            () ->
                appliedRevision("apps-production").endsWith(revision)
                    && kustomizationReady("apps-production"));
    assertThat(appliedBeforeTheKill).as("ConfigMaps applied when killed").isLessThan(BULK_COUNT);
    List<String> names = bulkNames();
    assertThat(names).hasSize(BULK_COUNT).doesNotHaveDuplicates();
    List<String> inventory = inventoryIds("apps-production");
    assertThat(inventory)
        .doesNotHaveDuplicates()
        .hasSize(BULK_COUNT + 3)
        .contains(
            "_" + PRODUCTION + "__Namespace",
            PRODUCTION + "_podinfo_apps_Deployment",
            PRODUCTION + "_" + DemoSecret.NAME + "__Secret")
        .containsAll(names.stream().map(name -> PRODUCTION + "_" + name + "__ConfigMap").toList());
    assertThat(deployment(PRODUCTION).getSpec().getReplicas()).isEqualTo(4);
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
                    "eventSources", List.of(Map.of("kind", "Kustomization", "name", "*")))))
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

  private List<String> failureEvents() {
    return webhook.bodies().stream()
        .filter(body -> body.contains("\"name\":\"apps-production\""))
        .filter(body -> body.contains("\"severity\":\"error\"") && body.contains("podinfo.yaml"))
        .toList();
  }

  private int firstSuccess(String kustomization) {
    List<String> bodies = webhook.bodies();
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
            "{\"metadata\":{\"annotations\":{\""
                + FluxMetadata.REQUESTED_AT
                + "\":\""
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

  private List<String> bulkNames() {
    return client
        .configMaps()
        .inNamespace(PRODUCTION)
        .withLabel(BULK_LABEL)
        .list()
        .getItems()
        .stream()
        .map(configMap -> configMap.getMetadata().getName())
        .toList();
  }

  private static String bulkConfigMaps() {
    StringBuilder yaml = new StringBuilder();
    for (int i = 0; i < BULK_COUNT; i++) {
      yaml.append(
          """
          ---
          apiVersion: v1
          kind: ConfigMap
          metadata:
            name: bulk-%03d
            labels:
              %s: "true"
          data:
            index: "%d"
          """
              .formatted(i, BULK_LABEL, i));
    }
    return yaml.toString();
  }

  @SuppressWarnings("unchecked")
  private List<String> inventoryIds(String kustomization) {
    Object entries = kustomization(kustomization).get("status", "inventory", "entries");
    return ((List<Map<String, Object>>) entries)
        .stream().map(entry -> entry.get("id").toString()).toList();
  }

  private GenericKubernetesResource kustomization(String name) {
    return FluxObjects.get(client, FluxObjects.KUSTOMIZE_V1, "Kustomization", NS, name)
        .orElseThrow();
  }

  private GenericKubernetesResource gitRepository(String name) {
    return FluxObjects.get(client, FluxObjects.SOURCE_V1, "GitRepository", NS, name).orElseThrow();
  }

  private String requestedAt(String gitRepository) {
    Map<String, String> annotations = gitRepository(gitRepository).getMetadata().getAnnotations();
    return annotations == null ? "" : annotations.getOrDefault(FluxMetadata.REQUESTED_AT, "");
  }

  private String artifactRevision(String gitRepository) {
    Object revision = gitRepository(gitRepository).get("status", "artifact", "revision");
    return revision == null ? "" : revision.toString();
  }

  private String webhookPath() {
    return FluxObjects.get(client, "notification.toolkit.fluxcd.io/v1", "Receiver", NS, "github")
        .map(receiver -> receiver.get("status", "webhookPath"))
        .map(Object::toString)
        .orElse("");
  }

  private static String encoded(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  private static String decoded(String base64) {
    return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
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
