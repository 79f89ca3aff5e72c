package io.fluxjava.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.ManagedFieldsEntry;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.authorization.v1.ResourceRule;
import io.fabric8.kubernetes.api.model.authorization.v1.SelfSubjectRulesReview;
import io.fabric8.kubernetes.api.model.authorization.v1.SelfSubjectRulesReviewBuilder;
import io.fabric8.kubernetes.api.model.coordination.v1.Lease;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.fabric8.kubernetes.client.extended.leaderelection.LeaderCallbacks;
import io.fabric8.kubernetes.client.extended.leaderelection.LeaderElectionConfig;
import io.fabric8.kubernetes.client.extended.leaderelection.LeaderElectionConfigBuilder;
import io.fabric8.kubernetes.client.extended.leaderelection.resourcelock.LeaseLock;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The fabric8 client (as controllers use it) against the in-memory API server. */
class InMemoryApiServerClientTest {

  private static final String NS = "default";
  private static final Duration EVENT_TIMEOUT = Duration.ofSeconds(10);

  private static InMemoryApiServer server;
  private static KubernetesClient client;

  @BeforeAll
  static void startServer() {
    server = InMemoryApiServer.start();
    client = server.client();
    server.installCrds(KustomizationFixture.CRDS);
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  @Test
  void crdsAreEstablishedOnceWritten() {
    CustomResourceDefinition crd =
        client
            .apiextensions()
            .v1()
            .customResourceDefinitions()
            .withName("kustomizations.kustomize.toolkit.fluxcd.io")
            .get();

    assertThat(crd.getStatus().getConditions())
        .extracting(c -> c.getType(), c -> c.getStatus())
        .contains(tuple("Established", "True"), tuple("NamesAccepted", "True"));
    assertThat(crd.getStatus().getStoredVersions()).containsExactly("v1");
    assertThat(crd.getStatus().getAcceptedNames().getKind()).isEqualTo("Kustomization");
  }

  @Test
  void serverSideApplyCreatesAndUpdatesWithManagedFields() {
    ConfigMap created =
        client
            .resource(configMap("ssa", Map.of("a", "1", "b", "2")))
            .fieldManager("flux-test")
            .forceConflicts()
            .serverSideApply();
    ConfigMap updated =
        client
            .resource(configMap("ssa", Map.of("b", "3")))
            .fieldManager("flux-test")
            .forceConflicts()
            .serverSideApply();

    assertThat(created.getData()).containsExactlyInAnyOrderEntriesOf(Map.of("a", "1", "b", "2"));
    assertThat(updated.getData()).containsExactlyEntriesOf(Map.of("b", "3"));
    ManagedFieldsEntry entry = updated.getMetadata().getManagedFields().get(0);
    assertThat(entry.getManager()).isEqualTo("flux-test");
    assertThat(entry.getOperation()).isEqualTo("Apply");
    assertThat(entry.getFieldsV1().getAdditionalProperties()).containsKey("f:data");
  }

  @Test
  void serverSideApplyKeepsFieldsOfOtherWritersAndBumpsGenerationOnSpecChangeOnly() {
    GenericKubernetesResource ks = KustomizationFixture.create(client, NS, "applied");
    long generation = ks.getMetadata().getGeneration();

    GenericKubernetesResource sameSpec =
        apply(ks.getMetadata().getName(), Map.of("interval", "5m"), Map.of("team", "a"));
    GenericKubernetesResource newSpec =
        apply(ks.getMetadata().getName(), Map.of("interval", "10m"), Map.of("team", "a"));

    assertThat(sameSpec.getMetadata().getGeneration()).isEqualTo(generation);
    assertThat(sameSpec.getMetadata().getLabels()).containsEntry("team", "a");
    assertThat(newSpec.getMetadata().getGeneration()).isEqualTo(generation + 1);
    assertThat(specOf(newSpec)).containsEntry("interval", "10m").containsEntry("path", "./apps");
  }

  @Test
  void dryRunNeverPersists() {
    client.resource(configMap("dry", Map.of("k", "v"))).dryRun().create();
    assertThat(client.configMaps().inNamespace(NS).withName("dry").get()).isNull();

    client.resource(configMap("dry", Map.of("k", "v"))).create();
    ConfigMap patched =
        client
            .configMaps()
            .inNamespace(NS)
            .withName("dry")
            .dryRun()
            .patch(PatchContext.of(PatchType.JSON_MERGE), "{\"data\":{\"k\":\"changed\"}}");
    client.configMaps().inNamespace(NS).withName("dry").dryRun().delete();

    assertThat(patched.getData()).containsEntry("k", "changed");
    assertThat(client.configMaps().inNamespace(NS).withName("dry").get().getData())
        .containsEntry("k", "v");
  }

  @Test
  void jsonPatchAppliesAndAFailedTestIsRejectedAtOnce() {
    client.resource(configMap("jp", Map.of("a", "1"))).create();
    var configMap = client.configMaps().inNamespace(NS).withName("jp");

    configMap.patch(
        PatchContext.of(PatchType.JSON),
        "[{\"op\":\"test\",\"path\":\"/data/a\",\"value\":\"1\"},"
            + "{\"op\":\"add\",\"path\":\"/data/b\",\"value\":\"2\"}]");
    assertThat(configMap.get().getData())
        .containsExactlyInAnyOrderEntriesOf(Map.of("a", "1", "b", "2"));

    // a stale test (the optimistic lock of a finalizer patch) answers 422 instead of hanging
    assertThatThrownBy(
            () ->
                configMap.patch(
                    PatchContext.of(PatchType.JSON),
                    "[{\"op\":\"test\",\"path\":\"/data/a\",\"value\":\"0\"},"
                        + "{\"op\":\"remove\",\"path\":\"/data/b\"}]"))
        .isInstanceOfSatisfying(
            KubernetesClientException.class, e -> assertThat(e.getCode()).isEqualTo(422));
    assertThat(configMap.get().getData()).containsEntry("b", "2");
  }

  @Test
  void strategicMergePatchIsAppliedAsMergePatch() {
    client.resource(configMap("smp", Map.of("a", "1"))).create();

    client
        .configMaps()
        .inNamespace(NS)
        .withName("smp")
        .patch(
            PatchContext.of(PatchType.STRATEGIC_MERGE),
            "{\"$setElementOrder/data\":[],\"data\":{\"b\":\"2\"}}");

    assertThat(client.configMaps().inNamespace(NS).withName("smp").get().getData())
        .containsExactlyInAnyOrderEntriesOf(Map.of("a", "1", "b", "2"));
  }

  @Test
  void mergePatchReplacesListsWhileStrategicMergeMergesNamedItems() {
    client
        .resource(
            new DeploymentBuilder()
                .withNewMetadata()
                .withName("web")
                .withNamespace(NS)
                .endMetadata()
                .withNewSpec()
                .withNewTemplate()
                .withNewSpec()
                .addNewContainer()
                .withName("web")
                .withImage("web:1")
                .withArgs("--a")
                .endContainer()
                .addNewContainer()
                .withName("sidecar")
                .withImage("side:1")
                .endContainer()
                .endSpec()
                .endTemplate()
                .endSpec()
                .build())
        .create();
    var web = client.apps().deployments().inNamespace(NS).withName("web");

    web.patch(
        PatchContext.of(PatchType.STRATEGIC_MERGE),
        "{\"spec\":{\"template\":{\"spec\":{\"containers\":[{\"name\":\"web\",\"image\":\"web:2\"}]}}}}");
    List<Container> afterStrategic = web.get().getSpec().getTemplate().getSpec().getContainers();
    web.patch(
        PatchContext.of(PatchType.JSON_MERGE),
        "{\"spec\":{\"template\":{\"spec\":{\"containers\":[{\"name\":\"only\",\"image\":\"o:1\"}]}}}}");
    List<Container> afterMerge = web.get().getSpec().getTemplate().getSpec().getContainers();

    assertThat(afterStrategic)
        .extracting(Container::getName, Container::getImage, Container::getArgs)
        .containsExactly(
            tuple("web", "web:2", List.of("--a")), tuple("sidecar", "side:1", List.of()));
    assertThat(afterMerge).extracting(Container::getName).containsExactly("only");
  }

  @Test
  void concurrentMergePatchesWithoutResourceVersionAllLand() throws Exception {
    client.resource(configMap("busy", Map.of())).create();
    var busy = client.configMaps().inNamespace(NS).withName("busy");
    List<CompletableFuture<Void>> writers = new ArrayList<>();
    for (int writer = 0; writer < 4; writer++) {
      int id = writer;
      writers.add(
          CompletableFuture.runAsync(
              () -> {
                for (int i = 0; i < 10; i++) {
                  busy.patch(
                      PatchContext.of(PatchType.JSON_MERGE),
                      "{\"data\":{\"k" + id + "-" + i + "\":\"v\"}}");
                }
              }));
    }

    CompletableFuture.allOf(writers.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);

    assertThat(busy.get().getData()).hasSize(40);
  }

  @Test
  void statusIsOnlyWrittenThroughTheSubresource() {
    GenericKubernetesResource ks = KustomizationFixture.create(client, NS, "status");
    ks.setAdditionalProperty("status", Map.of("observedGeneration", 7));
    client.resource(ks).update();
    assertThat(KustomizationFixture.get(client, NS, "status").get().getAdditionalProperties())
        .doesNotContainKey("status");

    KustomizationFixture.writeReady(client, NS, "status", "True", "ok");

    assertThat(KustomizationFixture.get(client, NS, "status").get().getAdditionalProperties())
        .containsKey("status");
  }

  @Test
  void selfSubjectRulesReviewAllowsLeases() {
    SelfSubjectRulesReview review =
        client
            .resource(
                new SelfSubjectRulesReviewBuilder()
                    .withNewSpec()
                    .withNamespace(NS)
                    .endSpec()
                    .build())
            .create();

    List<ResourceRule> rules = review.getStatus().getResourceRules();
    assertThat(rules)
        .anySatisfy(
            rule -> {
              assertThat(rule.getApiGroups()).contains("coordination.k8s.io");
              assertThat(rule.getResources()).contains("leases");
              assertThat(rule.getVerbs()).contains("create", "update", "get");
            });
  }

  @Test
  void leaderElectionAcquiresTheLease() throws Exception {
    CompletableFuture<String> leader = new CompletableFuture<>();
    LeaderElectionConfig config =
        new LeaderElectionConfigBuilder()
            .withName("flux-test-leader-election")
            .withLock(new LeaseLock(NS, "flux-test-leader-election", "replica-1"))
            .withLeaseDuration(Duration.ofSeconds(15))
            .withRenewDeadline(Duration.ofSeconds(10))
            .withRetryPeriod(Duration.ofMillis(200))
            .withLeaderCallbacks(
                new LeaderCallbacks(() -> leader.complete("started"), () -> {}, leader::complete))
            .build();

    CompletableFuture<?> election = client.leaderElector().withConfig(config).build().start();
    try {
      leader.get(10, TimeUnit.SECONDS);
      Lease lease = client.leases().inNamespace(NS).withName("flux-test-leader-election").get();
      assertThat(lease.getSpec().getHolderIdentity()).isEqualTo("replica-1");
    } finally {
      election.cancel(true);
    }
  }

  @Test
  void informerReceivesAddUpdateAndDelete() {
    List<String> events = new CopyOnWriteArrayList<>();
    SharedIndexInformer<ConfigMap> informer =
        client
            .configMaps()
            .inNamespace(NS)
            .withLabel("informed", "yes")
            .inform(
                new ResourceEventHandler<>() {
                  @Override
                  public void onAdd(ConfigMap obj) {
                    events.add("add " + obj.getData().get("k"));
                  }

                  @Override
                  public void onUpdate(ConfigMap oldObj, ConfigMap newObj) {
                    events.add("update " + newObj.getData().get("k"));
                  }

                  @Override
                  public void onDelete(ConfigMap obj, boolean deletedFinalStateUnknown) {
                    events.add("delete");
                  }
                });
    try {
      ConfigMap informed = configMap("informed", Map.of("k", "1"));
      informed.getMetadata().setLabels(Map.of("informed", "yes"));
      client.resource(informed).create();
      await().atMost(EVENT_TIMEOUT).until(() -> events.contains("add 1"));

      client
          .resource(configMap("informed", Map.of("k", "2")))
          .fieldManager("flux-test")
          .serverSideApply();
      await().atMost(EVENT_TIMEOUT).until(() -> events.contains("update 2"));

      client.configMaps().inNamespace(NS).withName("informed").delete();
      await().atMost(EVENT_TIMEOUT).until(() -> events.contains("delete"));
    } finally {
      informer.close();
    }
  }

  private static GenericKubernetesResource apply(
      String name, Map<String, Object> spec, Map<String, String> labels) {
    GenericKubernetesResource applied = new GenericKubernetesResource();
    applied.setApiVersion(KustomizationFixture.API_VERSION);
    applied.setKind(KustomizationFixture.KIND);
    applied.setMetadata(new ObjectMetaBuilder().build());
    applied.getMetadata().setName(name);
    applied.getMetadata().setNamespace(NS);
    applied.getMetadata().setLabels(labels);
    applied.setAdditionalProperty("spec", spec);
    return client.resource(applied).fieldManager("flux-test").forceConflicts().serverSideApply();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> specOf(GenericKubernetesResource object) {
    return (Map<String, Object>) object.getAdditionalProperties().get("spec");
  }

  private static ConfigMap configMap(String name, Map<String, String> data) {
    return new ConfigMapBuilder()
        .withNewMetadata()
        .withName(name)
        .withNamespace(NS)
        .endMetadata()
        .withData(data)
        .build();
  }
}
