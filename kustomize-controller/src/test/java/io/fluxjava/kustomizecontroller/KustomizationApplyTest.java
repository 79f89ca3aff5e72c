package io.fluxjava.kustomizecontroller;

import static io.fluxjava.kustomizecontroller.testing.Manifests.configMap;
import static io.fluxjava.kustomizecontroller.testing.Manifests.inventoryIds;
import static io.fluxjava.kustomizecontroller.testing.Manifests.namespace;
import static io.fluxjava.kustomizecontroller.testing.Manifests.ready;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionStatusBuilder;
import io.fluxjava.api.kustomize.Kustomization;
import io.fluxjava.kustomizecontroller.testing.KustomizationFixture;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Staged apply, the change-set events, and a rejected object failing the apply without prune. */
class KustomizationApplyTest {

  private static final String FIRST = "main@sha1:" + "8".repeat(40);
  private static final String SECOND = "main@sha1:" + "9".repeat(40);
  private static final String CRD =
      """
      apiVersion: apiextensions.k8s.io/v1
      kind: CustomResourceDefinition
      metadata:
        name: gadgets.example.com
      spec:
        group: example.com
        names: {kind: Gadget, listKind: GadgetList, plural: gadgets, singular: gadget}
        scope: Namespaced
        versions:
        - name: v1
          served: true
          storage: true
          schema:
            openAPIV3Schema:
              type: object
              x-kubernetes-preserve-unknown-fields: true
      """;
  private static final String GADGET =
      """
      apiVersion: example.com/v1
      kind: Gadget
      metadata:
        name: first
        namespace: team-a
      spec:
        size: 3
      """;

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
  void definitionsAndNamespacesGoFirstAndTheChangeSetIsReported() throws Exception {
    fixture.publish(
        "repo",
        FIRST,
        Map.of(
            "gadget.yaml",
            GADGET,
            "settings.yaml",
            configMap("settings", "k", "v").replace("namespace: default", "namespace: team-a"),
            "crd.yaml",
            CRD,
            "ns.yaml",
            namespace("team-a")));
    fixture.create("infra", "repo", spec -> {});
    Thread crdController = establishWhenCreated("gadgets.example.com");

    Kustomization ks = fixture.reconcile("infra");
    crdController.join(Duration.ofSeconds(10).toMillis());

    assertThat(ready(ks)).isEqualTo("True ReconciliationSucceeded: Applied revision: " + FIRST);
    assertThat(inventoryIds(ks))
        .containsExactly(
            "_gadgets.example.com_apiextensions.k8s.io_CustomResourceDefinition",
            "_team-a__Namespace",
            "team-a_settings__ConfigMap",
            "team-a_first_example.com_Gadget");
    await()
        .atMost(Duration.ofSeconds(5))
        .untilAsserted(
            () ->
                assertThat(fixture.events("infra"))
                    .extracting(Event::getMessage)
                    .contains(
                        """
                        CustomResourceDefinition/gadgets.example.com created
                        Namespace/team-a created
                        ConfigMap/team-a/settings created
                        Gadget/team-a/first created"""));
  }

  @Test
  void aRejectedObjectFailsTheApplyNamingItAndPrunesNothing() {
    fixture.publish(
        "repo",
        FIRST,
        Map.of("a.yaml", configMap("a", "k", "v"), "b.yaml", configMap("b", "k", "v")));
    fixture.create("apps", "repo", spec -> {});
    fixture.reconcile("apps");

    fixture.publish(
        "repo", SECOND, Map.of("a.yaml", configMap("a", "k", "v2"), "gadget.yaml", GADGET));
    Kustomization ks = fixture.reconcile("apps");

    assertThat(ready(ks))
        .startsWith("False ReconciliationFailed: ")
        .contains("Gadget/team-a/first");
    assertThat(ks.getStatus().getLastAppliedRevision()).isEqualTo(FIRST);
    assertThat(inventoryIds(ks))
        .containsExactlyInAnyOrder("default_a__ConfigMap", "default_b__ConfigMap");
    assertThat(fixture.client().configMaps().inNamespace("default").withName("b").get())
        .isNotNull();
    assertThat(ks.getStatus().getHistory())
        .extracting("lastReconciledStatus")
        .containsExactly("ReconciliationFailed", "ReconciliationSucceeded");
  }

  @Test
  void ssaAnnotationsDecideWhetherAnObjectIsWritten() {
    String ifNotPresent =
        annotated(
            configMap("seeded", "k", "from-git"),
            "kustomize.toolkit.fluxcd.io/ssa",
            "IfNotPresent");
    String ignored =
        annotated(configMap("ignored", "k", "v"), "kustomize.toolkit.fluxcd.io/ssa", "Ignore");
    String disabled =
        annotated(
            configMap("disabled", "k", "v"), "kustomize.toolkit.fluxcd.io/reconcile", "disabled");
    fixture.publish(
        "repo",
        FIRST,
        Map.of("seeded.yaml", ifNotPresent, "ignored.yaml", ignored, "disabled.yaml", disabled));
    fixture.create("apps", "repo", spec -> {});
    assertThat(ready(fixture.reconcile("apps"))).startsWith("True ");
    fixture
        .client()
        .configMaps()
        .inNamespace("default")
        .withName("seeded")
        .edit(
            cm -> {
              cm.getData().put("k", "edited-in-cluster");
              return cm;
            });

    fixture.publish(
        "repo",
        SECOND,
        Map.of(
            "seeded.yaml",
            ifNotPresent.replace("from-git", "from-git-v2"),
            "ignored.yaml",
            ignored,
            "disabled.yaml",
            disabled));
    Kustomization ks = fixture.reconcile("apps");

    assertThat(ready(ks)).startsWith("True ");
    assertThat(
            fixture.client().configMaps().inNamespace("default").withName("seeded").get().getData())
        .containsEntry("k", "edited-in-cluster");
    assertThat(fixture.client().configMaps().inNamespace("default").withName("ignored").get())
        .isNull();
    assertThat(fixture.client().configMaps().inNamespace("default").withName("disabled").get())
        .isNull();
    assertThat(inventoryIds(ks))
        .contains(
            "default_ignored__ConfigMap",
            "default_disabled__ConfigMap",
            "default_seeded__ConfigMap");
  }

  private static String annotated(String manifest, String key, String value) {
    return manifest.replace(
        "namespace: default\n",
        "namespace: default\n  annotations:\n    " + key + ": " + value + "\n");
  }

  /** Plays the API server's CRD controller, which the in-memory server does not have. */
  private Thread establishWhenCreated(String crdName) {
    var crds = fixture.client().apiextensions().v1().customResourceDefinitions().withName(crdName);
    Thread controller =
        new Thread(
            () -> {
              await()
                  .atMost(Duration.ofSeconds(10))
                  .pollInterval(Duration.ofMillis(20))
                  .until(() -> crds.get() != null);
              crds.editStatus(
                  crd -> {
                    crd.setStatus(
                        new CustomResourceDefinitionStatusBuilder()
                            .addNewCondition()
                            .withType("Established")
                            .withStatus("True")
                            .withReason("InitialNamesAccepted")
                            .endCondition()
                            .build());
                    return crd;
                  });
            });
    controller.setDaemon(true);
    controller.start();
    return controller;
  }
}
