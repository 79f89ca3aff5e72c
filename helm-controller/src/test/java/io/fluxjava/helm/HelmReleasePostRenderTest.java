package io.fluxjava.helm;

import static io.fluxjava.helm.testing.HelmReleaseFixture.NAMESPACE;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fluxjava.api.helm.HelmRelease;
import io.fluxjava.api.helm.Install;
import io.fluxjava.api.helm.Kustomize;
import io.fluxjava.api.helm.PostRenderer;
import io.fluxjava.api.meta.Image;
import io.fluxjava.api.meta.Patch;
import io.fluxjava.api.meta.Selector;
import io.fluxjava.helm.testing.HelmReleaseFixture;
import io.fluxjava.testkit.helm.ChartArchive;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HelmReleasePostRenderTest {

  private static final ChartArchive WEB =
      ChartArchive.of("web", "1.0.0")
          .with(
              "templates/deployment.yaml",
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                selector:
                  matchLabels: {app: web}
                template:
                  metadata:
                    labels: {app: web}
                  spec:
                    containers: [{name: web, image: "nginx:1.25"}]
              """);

  private HelmReleaseFixture fixture;

  @BeforeEach
  void start() {
    fixture = new HelmReleaseFixture();
    fixture.publishChart("web", WEB);
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  @Test
  void appliesKustomizePatchesAndImagesAfterRendering() {
    fixture.create(
        "web",
        "web",
        spec -> {
          Install install = new Install();
          install.setDisableWait(true);
          spec.setInstall(install);
          Patch patch = new Patch();
          patch.setPatch(
              "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  labels:\n"
                  + "    team: platform\n");
          Selector target = new Selector();
          target.setKind("Deployment");
          patch.setTarget(target);
          Image image = new Image();
          image.setName("nginx");
          image.setNewTag("1.27");
          Kustomize kustomize = new Kustomize();
          kustomize.setPatches(List.of(patch));
          kustomize.setImages(List.of(image));
          PostRenderer renderer = new PostRenderer();
          renderer.setKustomize(kustomize);
          spec.setPostRenderers(List.of(renderer));
        });

    HelmRelease release = fixture.reconcile("web");

    assertThat(HelmReleaseFixture.condition(release, "Ready").getMessage())
        .isEqualTo("Helm install succeeded for release flux-system/web.v1 with chart web@1.0.0");

    Deployment web =
        fixture.client().apps().deployments().inNamespace(NAMESPACE).withName("web").get();
    assertThat(web.getMetadata().getLabels()).containsEntry("team", "platform");
    assertThat(web.getSpec().getTemplate().getSpec().getContainers().get(0).getImage())
        .isEqualTo("nginx:1.27");
    assertThat(fixture.releases(NAMESPACE, "web").get(0).manifest()).contains("nginx:1.27");
    assertThat(release.getStatus().getHistory()).hasSize(1);
  }
}
