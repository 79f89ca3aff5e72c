package io.fluxjava.apply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fluxjava.testkit.InMemoryApiServer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ApplyEngineTest {

  private static final Map<String, String> OWNER = OwnerLabels.kustomization("apps", "flux-system");
  private static final ApplyOptions OPTIONS =
      ApplyOptions.defaults("kustomize-controller")
          .withOwnerLabels(OWNER)
          .withWait(Duration.ofMillis(50), Duration.ofSeconds(5));

  private static InMemoryApiServer server;
  private static KubernetesClient client;
  private ApplyEngine engine;

  @BeforeAll
  static void startServer() {
    server = InMemoryApiServer.start();
    client = server.client();
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  @BeforeEach
  void newEngine() {
    engine = new ApplyEngine(client);
  }

  private ConfigMap liveConfigMap(String namespace, String name) {
    return client.configMaps().inNamespace(namespace).withName(name).get();
  }

  @Test
  void createsThenLeavesUnchangedObjectsAloneThenConfigures() throws Exception {
    GenericKubernetesResource v1 = Manifests.configMap("default", "settings", "one");

    ChangeSet created = engine.apply(List.of(v1), OPTIONS);
    String firstVersion = liveConfigMap("default", "settings").getMetadata().getResourceVersion();
    ChangeSet unchanged = engine.apply(List.of(v1), OPTIONS);
    String secondVersion = liveConfigMap("default", "settings").getMetadata().getResourceVersion();
    ChangeSet configured =
        engine.apply(List.of(Manifests.configMap("default", "settings", "two")), OPTIONS);

    assertThat(created).hasToString("ConfigMap/default/settings created");
    assertThat(unchanged).hasToString("ConfigMap/default/settings unchanged");
    assertThat(secondVersion).isEqualTo(firstVersion);
    assertThat(configured).hasToString("ConfigMap/default/settings configured");
    ConfigMap live = liveConfigMap("default", "settings");
    assertThat(live.getData()).containsEntry("key", "two");
    assertThat(live.getMetadata().getLabels()).containsAllEntriesOf(OWNER);
  }

  private static final String CRD =
      """
      apiVersion: apiextensions.k8s.io/v1
      kind: CustomResourceDefinition
      metadata:
        name: %1$s.example.com
      spec:
        group: example.com
        names: {kind: %2$s, listKind: %2$sList, plural: %1$s, singular: %3$s}
        scope: Namespaced
        versions:
        - name: v1
          served: true
          storage: true
          schema:
            openAPIV3Schema: {type: object, x-kubernetes-preserve-unknown-fields: true}
      """;

  private static GenericKubernetesResource crd(String plural, String kind) {
    return Manifests.object(CRD.formatted(plural, kind, kind.toLowerCase(java.util.Locale.ROOT)));
  }

  private static GenericKubernetesResource customResource(String kind, String namespace) {
    return Manifests.object(
        """
        apiVersion: example.com/v1
        kind: %s
        metadata: {name: first, namespace: %s}
        spec: {size: 1}
        """
            .formatted(kind, namespace));
  }

  private static GenericKubernetesResource namespace(String name) {
    return Manifests.object(
        "apiVersion: v1\nkind: Namespace\nmetadata: {name: %s}\n".formatted(name));
  }

  private static long resourceVersion(io.fabric8.kubernetes.api.model.HasMetadata object) {
    return Long.parseLong(object.getMetadata().getResourceVersion());
  }

  @Test
  void customResourcesWaitForTheirDefinitionToBeEstablished() throws Exception {
    ChangeSet changes =
        engine.apply(
            List.of(
                customResource("Gadget", "team-a"),
                Manifests.configMap("team-a", "settings", "x"),
                crd("gadgets", "Gadget"),
                namespace("team-a")),
            OPTIONS);

    assertThat(changes.toString())
        .isEqualTo(
            """
            CustomResourceDefinition/gadgets.example.com created
            Namespace/team-a created
            ConfigMap/team-a/settings created
            Gadget/team-a/first created""");
    var establishedCrd =
        client
            .apiextensions()
            .v1()
            .customResourceDefinitions()
            .withName("gadgets.example.com")
            .get();
    var gadget =
        client
            .genericKubernetesResources("example.com/v1", "Gadget")
            .inNamespace("team-a")
            .withName("first")
            .get();
    assertThat(resourceVersion(gadget)).isGreaterThan(resourceVersion(establishedCrd));
  }

  @Test
  void definitionsThatNeverBecomeReadyStopTheApply() {
    // a namespace held in deletion by a finalizer stays Terminating, so its stage never settles
    client
        .namespaces()
        .resource(
            new io.fabric8.kubernetes.api.model.NamespaceBuilder()
                .withNewMetadata()
                .withName("leaving")
                .withFinalizers("example.com/hold")
                .endMetadata()
                .build())
        .create();
    client.namespaces().withName("leaving").delete();
    ApplyOptions shortWait = OPTIONS.withWait(Duration.ofMillis(50), Duration.ofMillis(500));

    assertThatThrownBy(
            () ->
                engine.apply(
                    List.of(namespace("leaving"), Manifests.configMap("leaving", "late", "x")),
                    shortWait))
        .isInstanceOfSatisfying(
            ApplyException.class,
            e -> {
              assertThat(e)
                  .hasMessageStartingWith(
                      "timeout waiting for: [Namespace/leaving status: 'Terminating'");
              assertThat(e.applied()).hasToString("Namespace/leaving configured");
            });
    assertThat(client.configMaps().inNamespace("leaving").withName("late").get()).isNull();
  }

  @Test
  void aRejectedObjectFailsItsStageBeforeAnythingOfItIsWritten() {
    GenericKubernetesResource unknownKind =
        Manifests.object(
            "apiVersion: nowhere.example.com/v1\nkind: Ghost\nmetadata: {name: boo, namespace: team-b}\n");

    assertThatThrownBy(
            () ->
                engine.apply(
                    List.of(
                        namespace("team-b"),
                        Manifests.configMap("team-b", "settings", "x"),
                        unknownKind),
                    OPTIONS))
        .isInstanceOfSatisfying(
            ApplyException.class,
            e -> {
              assertThat(e)
                  .hasMessage(
                      "Ghost/team-b/boo dry-run failed: no matches for kind \"Ghost\""
                          + " in version \"nowhere.example.com/v1\"");
              assertThat(e.applied()).hasToString("Namespace/team-b created");
            });
    assertThat(liveConfigMap("team-b", "settings")).isNull();
  }

  @Test
  void objectsLargerThanTheLastAppliedAnnotationLimitWork() throws Exception {
    String big = "x".repeat(300 * 1024);
    GenericKubernetesResource large = Manifests.configMap("default", "large", big);

    ChangeSet created = engine.apply(List.of(large), OPTIONS);
    ChangeSet again = engine.apply(List.of(large), OPTIONS);

    assertThat(created).hasToString("ConfigMap/default/large created");
    assertThat(again).hasToString("ConfigMap/default/large unchanged");
    ConfigMap live = liveConfigMap("default", "large");
    assertThat(live.getData().get("key")).hasSize(big.length());
    assertThat(live.getMetadata().getAnnotations())
        .doesNotContainKey("kubectl.kubernetes.io/last-applied-configuration");
  }

  @Test
  void namespacedObjectWithoutNamespaceIsRefused() {
    GenericKubernetesResource homeless =
        Manifests.object("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: homeless}\n");

    assertThatThrownBy(() -> engine.apply(List.of(homeless), OPTIONS))
        .isInstanceOf(ApplyException.class)
        .hasMessage(
            "ConfigMap/homeless namespace not specified: the server could not find the requested"
                + " resource");
    assertThat(liveConfigMap(InMemoryApiServer.DEFAULT_NAMESPACE, "homeless")).isNull();
  }

  @Test
  void diffReportsDriftWithoutWriting() throws Exception {
    engine.apply(List.of(Manifests.configMap("default", "watched", "one")), OPTIONS);
    String version = liveConfigMap("default", "watched").getMetadata().getResourceVersion();

    ChangeSet drift =
        engine.diff(
            List.of(
                Manifests.configMap("default", "watched", "two"),
                Manifests.configMap("default", "unborn", "x")),
            OPTIONS);

    assertThat(drift.toString())
        .isEqualTo("ConfigMap/default/unborn created\nConfigMap/default/watched configured");
    assertThat(liveConfigMap("default", "watched").getMetadata().getResourceVersion())
        .isEqualTo(version);
    assertThat(liveConfigMap("default", "unborn")).isNull();
  }
}
