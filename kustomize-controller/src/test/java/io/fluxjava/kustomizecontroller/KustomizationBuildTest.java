package io.fluxjava.kustomizecontroller;

import static io.fluxjava.kustomizecontroller.testing.KustomizationFixture.NAMESPACE;
import static io.fluxjava.kustomizecontroller.testing.Manifests.configMap;
import static io.fluxjava.kustomizecontroller.testing.Manifests.deployment;
import static io.fluxjava.kustomizecontroller.testing.Manifests.inventoryIds;
import static io.fluxjava.kustomizecontroller.testing.Manifests.kustomization;
import static io.fluxjava.kustomizecontroller.testing.Manifests.ready;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fluxjava.api.kustomize.Kustomization;
import io.fluxjava.api.meta.CommonMetadata;
import io.fluxjava.kustomizecontroller.testing.KustomizationFixture;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Building a path: generated kustomization.yaml, spec overlays, status of a successful apply. */
class KustomizationBuildTest {

  private static final String REVISION = "main@sha1:" + "a".repeat(40);

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
  void pathWithoutKustomizationFileAppliesEveryManifestAndSubKustomization() {
    fixture.publish(
        "repo",
        REVISION,
        Map.of(
            "apps/web.yaml", deployment("web", "nginx:1.27"),
            "apps/config/settings.yaml", configMap("settings", "mode", "fast"),
            "apps/base/kustomization.yaml", kustomization("cm.yaml"),
            "apps/base/cm.yaml", configMap("from-base", "k", "v"),
            "apps/values.yaml", "replicaCount: 2\n",
            "apps/README.md", "not a manifest"));
    fixture.create("apps", "repo", spec -> spec.setPath("./apps"));

    Kustomization ks = fixture.reconcile("apps");

    assertThat(ready(ks)).isEqualTo("True ReconciliationSucceeded: Applied revision: " + REVISION);
    assertThat(ks.getStatus().getLastAppliedRevision()).isEqualTo(REVISION);
    assertThat(ks.getStatus().getLastAttemptedRevision()).isEqualTo(REVISION);
    assertThat(ks.getStatus().getObservedGeneration()).isEqualTo(1L);
    assertThat(ks.getStatus().getConditions()).extracting("type").doesNotContain("Reconciling");
    assertThat(inventoryIds(ks))
        .containsExactlyInAnyOrder(
            "default_settings__ConfigMap",
            "default_from-base__ConfigMap",
            "default_web_apps_Deployment");
    ConfigMap settings =
        fixture.client().configMaps().inNamespace("default").withName("settings").get();
    assertThat(settings.getMetadata().getLabels())
        .containsEntry("kustomize.toolkit.fluxcd.io/name", "apps")
        .containsEntry("kustomize.toolkit.fluxcd.io/namespace", NAMESPACE);
    assertThat(ks.getStatus().getHistory()).hasSize(1);
    assertThat(ks.getStatus().getHistory().get(0).getLastReconciledStatus())
        .isEqualTo("ReconciliationSucceeded");
    assertThat(ks.getStatus().getHistory().get(0).getMetadata())
        .containsEntry("revision", REVISION);
  }

  @Test
  void targetNamespacePrefixSuffixAndCommonMetadataReachEveryObject() {
    fixture.publish("repo", REVISION, Map.of("cm.yaml", configMap("settings", "mode", "fast")));
    fixture
        .client()
        .namespaces()
        .resource(
            new io.fabric8.kubernetes.api.model.NamespaceBuilder()
                .withNewMetadata()
                .withName("team-a")
                .endMetadata()
                .build())
        .create();
    fixture.create(
        "team",
        "repo",
        spec -> {
          spec.setTargetNamespace("team-a");
          spec.setNamePrefix("pre-");
          spec.setNameSuffix("-suf");
          CommonMetadata common = new CommonMetadata();
          common.setLabels(Map.of("team", "a"));
          common.setAnnotations(Map.of("owner", "alice"));
          spec.setCommonMetadata(common);
        });

    Kustomization ks = fixture.reconcile("team");

    assertThat(ready(ks)).startsWith("True ");
    ConfigMap cm =
        fixture.client().configMaps().inNamespace("team-a").withName("pre-settings-suf").get();
    assertThat(cm).isNotNull();
    assertThat(cm.getMetadata().getLabels()).containsEntry("team", "a");
    assertThat(cm.getMetadata().getAnnotations()).containsEntry("owner", "alice");
    assertThat(inventoryIds(ks)).containsExactly("team-a_pre-settings-suf__ConfigMap");
  }

  @Test
  void invalidYamlFailsTheBuildNamingTheFileAndKeepsWhatWasApplied() {
    fixture.publish("repo", REVISION, Map.of("web.yaml", deployment("web", "nginx:1.27")));
    fixture.create("apps", "repo", spec -> {});
    assertThat(ready(fixture.reconcile("apps"))).startsWith("True ");

    String broken = "main@sha1:" + "b".repeat(40);
    fixture.publish("repo", broken, Map.of("web.yaml", "apiVersion: apps/v1\nkind: [Deployment\n"));

    assertThat(fixture.reconcileForRequeue("apps")).contains(Duration.ofMinutes(10));
    Kustomization ks = fixture.get("apps");

    assertThat(ready(ks)).startsWith("False BuildFailed: ").contains("web.yaml");
    assertThat(ks.getStatus().getLastAppliedRevision()).isEqualTo(REVISION);
    assertThat(ks.getStatus().getLastAttemptedRevision()).isEqualTo(broken);
    assertThat(inventoryIds(ks)).containsExactly("default_web_apps_Deployment");
    assertThat(fixture.client().apps().deployments().inNamespace("default").withName("web").get())
        .isNotNull();
    Deployment live =
        fixture.client().apps().deployments().inNamespace("default").withName("web").get();
    assertThat(live.getSpec().getTemplate().getSpec().getContainers().get(0).getImage())
        .isEqualTo("nginx:1.27");
  }

  @Test
  void anOverlayMayReadFilesElsewhereInTheArtifactButNothingOutsideIt() {
    fixture.publish(
        "repo",
        REVISION,
        Map.of(
            "apps/production/kustomization.yaml",
            "resources:\n- ../base\npatches:\n- path: ../patches/mode.yaml\n",
            "apps/base/kustomization.yaml",
            kustomization("cm.yaml"),
            "apps/base/cm.yaml",
            configMap("settings", "mode", "slow"),
            "apps/patches/mode.yaml",
            configMap("settings", "mode", "fast"),
            "escape/kustomization.yaml",
            "configMapGenerator:\n- name: stolen\n  files:\n  - ../../../../../../etc/hostname\n"));
    fixture.create("production", "repo", spec -> spec.setPath("./apps/production"));
    fixture.create("escape", "repo", spec -> spec.setPath("./escape"));

    assertThat(ready(fixture.reconcile("production"))).startsWith("True ");
    assertThat(ready(fixture.reconcile("escape")))
        .startsWith("False BuildFailed: ")
        .contains("security; path '../../../../../../etc/hostname' is not in or below");
    assertThat(
            fixture
                .client()
                .configMaps()
                .inNamespace("default")
                .withName("settings")
                .get()
                .getData())
        .containsEntry("mode", "fast");
  }
}
