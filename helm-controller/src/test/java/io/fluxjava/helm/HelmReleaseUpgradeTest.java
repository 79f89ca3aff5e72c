package io.fluxjava.helm;

import static io.fluxjava.helm.testing.HelmReleaseFixture.NAMESPACE;
import static io.fluxjava.helm.testing.HelmReleaseFixture.condition;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fluxjava.api.helm.HelmRelease;
import io.fluxjava.api.helm.Upgrade;
import io.fluxjava.helm.storage.StoredRelease;
import io.fluxjava.helm.testing.HelmReleaseFixture;
import io.fluxjava.testkit.helm.ChartArchive;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HelmReleaseUpgradeTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private HelmReleaseFixture fixture;

  @BeforeEach
  void start() {
    fixture = new HelmReleaseFixture();
    fixture.publishChart("podinfo", HelmReleaseInstallTest.PODINFO);
    fixture.create("podinfo", "podinfo", spec -> {});
    fixture.reconcile("podinfo");
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  @Test
  void preserveValuesKeepsEarlierValuesAndSettles() {
    fixture.update(
        "podinfo", spec -> spec.setValues(JSON.valueToTree(Map.of("greeting", "bonjour"))));
    fixture.reconcile("podinfo");
    fixture.update(
        "podinfo",
        spec -> {
          Upgrade upgrade = new Upgrade();
          upgrade.setPreserveValues(true);
          spec.setUpgrade(upgrade);
          spec.setValues(JSON.valueToTree(Map.of("extra", "x")));
        });

    fixture.reconcile("podinfo");
    fixture.reconcile("podinfo");

    assertThat(
            fixture
                .client()
                .configMaps()
                .inNamespace(NAMESPACE)
                .withName("podinfo-config")
                .get()
                .getData())
        .containsEntry("greeting", "bonjour");
    assertThat(fixture.releases(NAMESPACE, "podinfo"))
        .first()
        .satisfies(
            latest -> {
              assertThat(latest.version()).isEqualTo(3);
              assertThat(latest.config()).containsEntry("greeting", "bonjour");
              assertThat(latest.config()).containsEntry("extra", "x");
            });
  }

  @Test
  void upgradesWhenValuesChange() {
    fixture.update(
        "podinfo", spec -> spec.setValues(JSON.valueToTree(Map.of("greeting", "bonjour"))));

    HelmRelease release = fixture.reconcile("podinfo");

    assertThat(condition(release, "Ready").getReason()).isEqualTo("UpgradeSucceeded");
    assertThat(condition(release, "Ready").getMessage())
        .isEqualTo(
            "Helm upgrade succeeded for release flux-system/podinfo.v2 with chart podinfo@6.5.4");
    assertThat(
            fixture
                .client()
                .configMaps()
                .inNamespace(NAMESPACE)
                .withName("podinfo-config")
                .get()
                .getData())
        .containsEntry("greeting", "bonjour");
    assertThat(fixture.releases(NAMESPACE, "podinfo"))
        .extracting(StoredRelease::version, StoredRelease::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2, "deployed"),
            org.assertj.core.groups.Tuple.tuple(1, "superseded"));
    assertThat(release.getStatus().getHistory())
        .extracting(s -> s.getVersion())
        .containsExactly(2, 1);
  }

  @Test
  void doesNothingWhenInSync() {
    HelmRelease release = fixture.reconcile("podinfo");

    assertThat(condition(release, "Ready").getReason()).isEqualTo("InstallSucceeded");
    assertThat(fixture.releases(NAMESPACE, "podinfo")).hasSize(1);
  }

  @Test
  void upgradesToANewChartVersionAndDeletesObjectsItNoLongerHas() {
    fixture.publishChart(
        "podinfo",
        ChartArchive.of("podinfo", "6.6.0")
            .with(
                "templates/configmap.yaml",
                "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}-renamed\n"));

    HelmRelease release = fixture.reconcile("podinfo");

    assertThat(condition(release, "Ready").getMessage())
        .isEqualTo(
            "Helm upgrade succeeded for release flux-system/podinfo.v2 with chart podinfo@6.6.0");
    assertThat(release.getStatus().getLastAttemptedRevision()).isEqualTo("6.6.0");
    assertThat(
            fixture.client().configMaps().inNamespace(NAMESPACE).withName("podinfo-renamed").get())
        .isNotNull();
    assertThat(
            fixture.client().configMaps().inNamespace(NAMESPACE).withName("podinfo-config").get())
        .isNull();
  }

  @Test
  void prunesReleaseHistoryToMaxHistory() {
    fixture.update("podinfo", spec -> spec.setMaxHistory(2));
    for (String greeting : new String[] {"a", "b", "c"}) {
      fixture.update(
          "podinfo", spec -> spec.setValues(JSON.valueToTree(Map.of("greeting", greeting))));
      fixture.reconcile("podinfo");
    }

    assertThat(fixture.releases(NAMESPACE, "podinfo"))
        .extracting(StoredRelease::version)
        .containsExactly(4, 3);
  }
}
