package io.fluxjava.helm;

import static io.fluxjava.helm.testing.HelmReleaseFixture.NAMESPACE;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fluxjava.api.helm.HelmRelease;
import io.fluxjava.api.meta.CommonMetadata;
import io.fluxjava.helm.testing.HelmReleaseFixture;
import io.fluxjava.testkit.helm.ChartArchive;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HelmReleaseCommonMetadataTest {

  private static final ChartArchive LABELLED =
      ChartArchive.of("labelled", "1.0.0")
          .with(
              "templates/configmap.yaml",
              """
              apiVersion: v1
              kind: ConfigMap
              metadata:
                name: settings
                labels: {team: chart, tier: backend}
              data: {mode: fast}
              """);

  private HelmReleaseFixture fixture;

  @BeforeEach
  void start() {
    fixture = new HelmReleaseFixture();
    fixture.publishChart("labelled", LABELLED);
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  @Test
  void labelsAndAnnotatesEveryObjectAndUpgradesWhenTheyChange() {
    fixture.create("app", "labelled", spec -> spec.setCommonMetadata(common("platform", "alice")));

    fixture.reconcile("app");

    ConfigMap settings = settings();
    assertThat(settings.getMetadata().getLabels())
        .containsEntry("team", "platform")
        .containsEntry("tier", "backend")
        .containsEntry("helm.toolkit.fluxcd.io/name", "app");
    assertThat(settings.getMetadata().getAnnotations()).containsEntry("owner", "alice");

    fixture.update("app", spec -> spec.setCommonMetadata(common("platform", "bob")));
    HelmRelease upgraded = fixture.reconcile("app");

    assertThat(HelmReleaseFixture.condition(upgraded, "Ready").getReason())
        .isEqualTo("UpgradeSucceeded");
    assertThat(settings().getMetadata().getAnnotations()).containsEntry("owner", "bob");
    assertThat(fixture.reconcile("app").getStatus().getHistory().get(0).getVersion())
        .as("unchanged common metadata does not upgrade again")
        .isEqualTo(2);
  }

  private ConfigMap settings() {
    return fixture.client().configMaps().inNamespace(NAMESPACE).withName("settings").get();
  }

  private static CommonMetadata common(String team, String owner) {
    CommonMetadata common = new CommonMetadata();
    common.setLabels(Map.of("team", team));
    common.setAnnotations(Map.of("owner", owner));
    return common;
  }
}
