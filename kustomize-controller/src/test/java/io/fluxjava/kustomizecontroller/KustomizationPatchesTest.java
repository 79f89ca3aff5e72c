package io.fluxjava.kustomizecontroller;

import static io.fluxjava.kustomizecontroller.testing.Manifests.deployment;
import static io.fluxjava.kustomizecontroller.testing.Manifests.ready;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fluxjava.api.meta.Image;
import io.fluxjava.api.meta.Patch;
import io.fluxjava.api.meta.Selector;
import io.fluxjava.kustomizecontroller.testing.KustomizationFixture;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code spec.patches}, {@code spec.images} and {@code spec.components} on top of the source. */
class KustomizationPatchesTest {

  private static final String REVISION = "main@sha1:" + "d".repeat(40);

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
  void strategicMergeAndJsonPatchesApplyToTheirTargets() {
    fixture.publish(
        "repo",
        REVISION,
        Map.of(
            "web.yaml",
            deployment("web", "nginx:1.27"),
            "api.yaml",
            deployment("api", "nginx:1.27")));
    fixture.create(
        "apps",
        "repo",
        spec ->
            spec.setPatches(
                List.of(
                    patch(
                        """
                        apiVersion: apps/v1
                        kind: Deployment
                        metadata:
                          name: not-used
                        spec:
                          replicas: 3
                        """,
                        "Deployment",
                        null),
                    patch(
                        "- op: add\n  path: /metadata/labels\n  value: {tier: front}\n",
                        "Deployment",
                        "web"))));

    assertThat(ready(fixture.reconcile("apps"))).startsWith("True ");

    assertThat(live("web").getSpec().getReplicas()).isEqualTo(3);
    assertThat(live("api").getSpec().getReplicas()).isEqualTo(3);
    assertThat(live("web").getMetadata().getLabels()).containsEntry("tier", "front");
    assertThat(live("api").getMetadata().getLabels()).doesNotContainKey("tier");
  }

  @Test
  void imagesOverrideTheSourceAndMergeWithTheKustomizationFile() {
    fixture.publish(
        "repo",
        REVISION,
        Map.of(
            "kustomization.yaml",
            """
            apiVersion: kustomize.config.k8s.io/v1beta1
            kind: Kustomization
            resources: [web.yaml]
            images:
            - name: nginx
              newTag: "1.0"
            """,
            "web.yaml",
            deployment("web", "nginx:1.27")));
    fixture.create(
        "apps",
        "repo",
        spec -> spec.setImages(List.of(image("nginx", "registry.local/nginx", "1.28"))));

    assertThat(ready(fixture.reconcile("apps"))).startsWith("True ");

    assertThat(live("web").getSpec().getTemplate().getSpec().getContainers().get(0).getImage())
        .isEqualTo("registry.local/nginx:1.28");
  }

  @Test
  void componentsAreAddedAndMissingOnesCanBeIgnored() {
    fixture.publish(
        "repo",
        REVISION,
        Map.of(
            "app/web.yaml",
            deployment("web", "nginx:1.27"),
            "components/ha/kustomization.yaml",
            """
            apiVersion: kustomize.config.k8s.io/v1alpha1
            kind: Component
            patches:
            - patch: |
                - op: replace
                  path: /spec/replicas
                  value: 2
              target:
                kind: Deployment
            """));
    fixture.create(
        "apps",
        "repo",
        spec -> {
          spec.setPath("app");
          spec.setComponents(List.of("../components/ha", "../components/absent"));
          spec.setIgnoreMissingComponents(true);
        });

    assertThat(ready(fixture.reconcile("apps"))).startsWith("True ");
    assertThat(live("web").getSpec().getReplicas()).isEqualTo(2);

    fixture.update("apps", spec -> spec.setIgnoreMissingComponents(false));
    assertThat(ready(fixture.reconcile("apps")))
        .startsWith("False BuildFailed: ")
        .contains("absent");
  }

  private Deployment live(String name) {
    return fixture.client().apps().deployments().inNamespace("default").withName(name).get();
  }

  private static Patch patch(String body, String kind, String name) {
    Selector target = new Selector();
    target.setKind(kind);
    target.setName(name);
    Patch patch = new Patch();
    patch.setPatch(body);
    patch.setTarget(target);
    return patch;
  }

  private static Image image(String name, String newName, String newTag) {
    Image image = new Image();
    image.setName(name);
    image.setNewName(newName);
    image.setNewTag(newTag);
    return image;
  }
}
