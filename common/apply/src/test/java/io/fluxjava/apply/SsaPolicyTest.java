package io.fluxjava.apply;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.ManagedFieldsEntryBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fluxjava.testkit.InMemoryApiServer;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The per-object {@code kustomize.toolkit.fluxcd.io/ssa} and {@code reconcile} opt-outs. */
class SsaPolicyTest {

  private static final String LAST_APPLIED = "kubectl.kubernetes.io/last-applied-configuration";
  private static final Map<String, String> OWNER = OwnerLabels.kustomization("apps", "flux-system");
  private static final ApplyOptions OPTIONS =
      ApplyOptions.defaults("kustomize-controller")
          .withOwnerLabels(OWNER)
          .withWait(Duration.ofMillis(50), Duration.ofSeconds(5));

  private static InMemoryApiServer server;
  private static KubernetesClient client;
  private static ApplyEngine engine;

  @BeforeAll
  static void start() {
    server = InMemoryApiServer.start();
    client = server.client();
    engine = new ApplyEngine(client);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static GenericKubernetesResource annotated(
      String name, String value, String key, String annotation) {
    GenericKubernetesResource manifest = Manifests.configMap("default", name, value);
    Map<String, String> annotations = new HashMap<>();
    annotations.put(key, annotation);
    manifest.getMetadata().setAnnotations(annotations);
    return manifest;
  }

  private static ConfigMap live(String name) {
    return client.configMaps().inNamespace("default").withName(name).get();
  }

  /** An object written with kubectl's client-side apply, already carrying the owner labels. */
  private static void createWithKubectl(String name, Map<String, String> annotations) {
    createWithManager(name, annotations, "kubectl-client-side-apply");
  }

  private static void createWithManager(
      String name, Map<String, String> annotations, String manager) {
    client
        .configMaps()
        .resource(
            new ConfigMapBuilder()
                .withNewMetadata()
                .withName(name)
                .withNamespace("default")
                .withLabels(OWNER)
                .withAnnotations(annotations)
                .withManagedFields(
                    new ManagedFieldsEntryBuilder()
                        .withManager(manager)
                        .withOperation("Update")
                        .withApiVersion("v1")
                        .withFieldsType("FieldsV1")
                        .build())
                .endMetadata()
                .withData(Map.of("key", "same"))
                .build())
        .create();
  }

  @Test
  void ifNotPresentCreatesOnceThenLeavesTheObjectToOthers() throws Exception {
    String key = "kustomize.toolkit.fluxcd.io/ssa";
    ChangeSet created =
        engine.apply(List.of(annotated("seed", "v1", key, "IfNotPresent")), OPTIONS);
    client
        .configMaps()
        .inNamespace("default")
        .withName("seed")
        .edit(
            cm -> {
              cm.getData().put("key", "edited");
              return cm;
            });

    ChangeSet again = engine.apply(List.of(annotated("seed", "v2", key, "ifnotpresent")), OPTIONS);

    assertThat(created).hasToString("ConfigMap/default/seed created");
    assertThat(again).hasToString("ConfigMap/default/seed skipped");
    assertThat(live("seed").getData()).containsEntry("key", "edited");
  }

  @Test
  void ignoredObjectsAreNeverApplied() throws Exception {
    ChangeSet changes =
        engine.apply(
            List.of(annotated("ignored", "v1", "kustomize.toolkit.fluxcd.io/ssa", "Ignore")),
            OPTIONS);

    assertThat(changes).hasToString("ConfigMap/default/ignored skipped");
    assertThat(live("ignored")).isNull();
  }

  @Test
  void reconcileDisabledOnTheLiveObjectSkipsIt() throws Exception {
    createWithKubectl("paused", Map.of("kustomize.toolkit.fluxcd.io/reconcile", "disabled"));

    ChangeSet changes =
        engine.apply(List.of(Manifests.configMap("default", "paused", "from-git")), OPTIONS);

    assertThat(changes).hasToString("ConfigMap/default/paused skipped");
    assertThat(live("paused").getData()).containsEntry("key", "same");
  }

  @Test
  void fieldsOfKubectlAreTakenOverAndItsAnnotationRemoved() throws Exception {
    createWithKubectl("handmade", Map.of(LAST_APPLIED, "{}"));

    ChangeSet changes =
        engine.apply(List.of(Manifests.configMap("default", "handmade", "same")), OPTIONS);

    assertThat(changes).hasToString("ConfigMap/default/handmade configured");
    ConfigMap live = live("handmade");
    assertThat(live.getMetadata().getAnnotations()).doesNotContainKey(LAST_APPLIED);
    assertThat(live.getMetadata().getManagedFields())
        .extracting(entry -> entry.getManager())
        .doesNotContain("kubectl-client-side-apply")
        .contains("kustomize-controller");
  }

  @Test
  void mergeKeepsWhatOtherManagersWrote() throws Exception {
    createWithKubectl("shared", Map.of(LAST_APPLIED, "{}"));

    ChangeSet changes =
        engine.apply(
            List.of(annotated("shared", "same", "kustomize.toolkit.fluxcd.io/ssa", "Merge")),
            OPTIONS);

    assertThat(changes).hasToString("ConfigMap/default/shared configured");
    ConfigMap live = live("shared");
    assertThat(live.getMetadata().getAnnotations())
        .containsKey(LAST_APPLIED)
        .containsEntry("kustomize.toolkit.fluxcd.io/ssa", "Merge");
    assertThat(live.getMetadata().getManagedFields())
        .extracting(entry -> entry.getManager())
        .contains("kubectl-client-side-apply");
  }

  @Test
  void overrideManagersAreTakenOverToo() throws Exception {
    createWithManager("scripted", Map.of(), "deploy-script");

    ChangeSet changes =
        engine.apply(
            List.of(Manifests.configMap("default", "scripted", "same")),
            OPTIONS.withOverrideManagers(List.of("deploy-script")));

    assertThat(changes).hasToString("ConfigMap/default/scripted configured");
    assertThat(live("scripted").getMetadata().getManagedFields())
        .extracting(entry -> entry.getManager())
        .doesNotContain("deploy-script");
  }

  @Test
  void otherManagersAreLeftAlone() throws Exception {
    createWithManager("operated", Map.of(), "some-operator");

    ChangeSet changes =
        engine.apply(List.of(Manifests.configMap("default", "operated", "same")), OPTIONS);

    assertThat(changes).hasToString("ConfigMap/default/operated unchanged");
    assertThat(live("operated").getMetadata().getManagedFields())
        .extracting(entry -> entry.getManager())
        .contains("some-operator");
  }

  @Test
  void diffCountsAPendingTakeoverAsDriftButLeavesTheObjectAlone() throws Exception {
    createWithKubectl("inspected", Map.of(LAST_APPLIED, "{}"));

    ChangeSet drift =
        engine.diff(List.of(Manifests.configMap("default", "inspected", "same")), OPTIONS);

    assertThat(drift).hasToString("ConfigMap/default/inspected configured");
    ConfigMap live = live("inspected");
    assertThat(live.getMetadata().getAnnotations()).containsKey(LAST_APPLIED);
    assertThat(live.getMetadata().getManagedFields())
        .extracting(entry -> entry.getManager())
        .containsExactly("kubectl-client-side-apply");
  }
}
