package io.fluxjava.helm;

import static io.fluxjava.helm.testing.HelmReleaseFixture.NAMESPACE;
import static io.fluxjava.helm.testing.HelmReleaseFixture.condition;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Secret;
import io.fluxjava.api.helm.HelmRelease;
import io.fluxjava.api.helm.Install;
import io.fluxjava.helm.storage.ReleaseCodec;
import io.fluxjava.helm.storage.StoredRelease;
import io.fluxjava.helm.testing.HelmReleaseFixture;
import io.fluxjava.testkit.helm.ChartArchive;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HelmReleaseInstallTest {

  static final ChartArchive PODINFO =
      ChartArchive.of("podinfo", "6.5.4")
          .with("Chart.yaml", "apiVersion: v2\nname: podinfo\nversion: 6.5.4\nappVersion: 6.5.4\n")
          .with("values.yaml", "greeting: hello\n")
          .with(
              "templates/configmap.yaml",
              """
              apiVersion: v1
              kind: ConfigMap
              metadata:
                name: {{ .Release.Name }}-config
              data:
                greeting: {{ .Values.greeting | quote }}
                namespace: {{ .Release.Namespace }}
              """)
          .with("templates/NOTES.txt", "Thank you for installing {{ .Chart.Name }}.\n");

  private HelmReleaseFixture fixture;

  @BeforeEach
  void start() {
    fixture = new HelmReleaseFixture();
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  @Test
  void installsTheChartAndReportsUpstreamStatus() {
    fixture.publishChart("podinfo", PODINFO);
    fixture.create("podinfo", "podinfo", spec -> {});

    HelmRelease release = fixture.reconcile("podinfo");

    assertThat(condition(release, "Ready").getStatus()).isEqualTo("True");
    assertThat(condition(release, "Ready").getReason()).isEqualTo("InstallSucceeded");
    assertThat(condition(release, "Ready").getMessage())
        .isEqualTo(
            "Helm install succeeded for release flux-system/podinfo.v1 with chart podinfo@6.5.4");
    assertThat(condition(release, "Released").getReason()).isEqualTo("InstallSucceeded");
    assertThat(condition(release, "Reconciling")).isNull();
    assertThat(release.getStatus().getObservedGeneration())
        .isEqualTo(release.getMetadata().getGeneration());
    assertThat(release.getStatus().getLastAttemptedRevision()).isEqualTo("6.5.4");
    assertThat(release.getStatus().getLastAttemptedConfigDigest()).startsWith("sha256:");
    assertThat(release.getStatus().getStorageNamespace()).isEqualTo(NAMESPACE);
    assertThat(release.getStatus().getHistory()).hasSize(1);
    assertThat(release.getStatus().getHistory().get(0).getChartVersion()).isEqualTo("6.5.4");
    assertThat(release.getStatus().getHistory().get(0).getStatus()).isEqualTo("deployed");
    assertThat(release.getStatus().getInventory().getEntries())
        .extracting(e -> e.getId())
        .containsExactly("flux-system_podinfo-config__ConfigMap");
  }

  @Test
  void appliesObjectsWithHelmAndFluxOwnership() {
    fixture.publishChart("podinfo", PODINFO);
    fixture.create("podinfo", "podinfo", spec -> {});

    fixture.reconcile("podinfo");

    ConfigMap config =
        fixture.client().configMaps().inNamespace(NAMESPACE).withName("podinfo-config").get();
    assertThat(config.getData()).containsEntry("greeting", "hello");
    assertThat(config.getMetadata().getLabels())
        .containsEntry("app.kubernetes.io/managed-by", "Helm")
        .containsEntry("helm.toolkit.fluxcd.io/name", "podinfo")
        .containsEntry("helm.toolkit.fluxcd.io/namespace", NAMESPACE);
    assertThat(config.getMetadata().getAnnotations())
        .containsEntry("meta.helm.sh/release-name", "podinfo")
        .containsEntry("meta.helm.sh/release-namespace", NAMESPACE);
    assertThat(config.getMetadata().getManagedFields())
        .extracting(f -> f.getManager())
        .contains("helm-controller");
  }

  @Test
  void storesTheReleaseAsHelmDoes() throws Exception {
    fixture.publishChart("podinfo", PODINFO);
    fixture.create(
        "podinfo",
        "podinfo",
        spec -> spec.setValues(new ObjectMapper().valueToTree(Map.of("greeting", "hi"))));

    fixture.reconcile("podinfo");

    Secret secret =
        fixture
            .client()
            .secrets()
            .inNamespace(NAMESPACE)
            .withName("sh.helm.release.v1.podinfo.v1")
            .get();
    assertThat(secret.getType()).isEqualTo("helm.sh/release.v1");
    assertThat(secret.getMetadata().getLabels())
        .containsEntry("owner", "helm")
        .containsEntry("name", "podinfo")
        .containsEntry("status", "deployed")
        .containsEntry("version", "1");
    // the API's base64 wraps Helm's own base64 of the gzip stream (which starts 1f 8b: "H4sI")
    String helmText =
        new String(
            Base64.getDecoder().decode(secret.getData().get("release")), StandardCharsets.US_ASCII);
    assertThat(helmText).startsWith("H4sI");
    StoredRelease stored = ReleaseCodec.decode(helmText);
    assertThat(stored.name()).isEqualTo("podinfo");
    assertThat(stored.namespace()).isEqualTo(NAMESPACE);
    assertThat(stored.version()).isEqualTo(1);
    assertThat(stored.info().status()).isEqualTo("deployed");
    assertThat(stored.info().description()).isEqualTo("Install complete");
    assertThat(stored.chart().metadata())
        .containsEntry("name", "podinfo")
        .containsEntry("version", "6.5.4");
    assertThat(stored.config()).isEqualTo(Map.of("greeting", "hi"));
    assertThat(stored.manifest())
        .contains("# Source: podinfo/templates/configmap.yaml")
        .contains("greeting: hi");
    assertThat(stored.manifest()).doesNotContain("Thank you");
  }

  @Test
  void waitsForTheChartArtifact() {
    fixture.create("podinfo", "podinfo", spec -> {});

    HelmRelease release = fixture.reconcile("podinfo");

    assertThat(condition(release, "Ready").getStatus()).isEqualTo("False");
    assertThat(condition(release, "Ready").getReason()).isEqualTo("ArtifactFailed");
    assertThat(condition(release, "Ready").getMessage())
        .isEqualTo("could not get HelmChart 'flux-system/podinfo': not found");
    assertThat(fixture.releaseSecrets(NAMESPACE)).isEmpty();
  }

  @Test
  void shortensLongReleaseNamesAsUpstream() {
    fixture.publishChart("podinfo", PODINFO);
    String name = "a-very-long-helm-release-name-that-goes-past-the-limit";
    fixture.create(name, "podinfo", spec -> spec.setTargetNamespace(NAMESPACE));

    fixture.reconcile(name);

    // "flux-system-" + name is 66 characters: 40 kept, then "-" and 12 hex of its SHA-256
    assertThat(fixture.releaseSecrets(NAMESPACE))
        .extracting(s -> s.getMetadata().getLabels().get("name"))
        .singleElement()
        .satisfies(
            n -> assertThat(n).hasSize(53).startsWith("flux-system-a-very-long-helm-release-nam-"));
  }

  @Test
  void createsTheTargetNamespaceWhenAsked() {
    fixture.publishChart("podinfo", PODINFO);
    fixture.create(
        "podinfo",
        "podinfo",
        spec -> {
          spec.setTargetNamespace("apps");
          Install install = new Install();
          install.setCreateNamespace(true);
          spec.setInstall(install);
        });

    HelmRelease release = fixture.reconcile("podinfo");

    assertThat(condition(release, "Ready").getMessage())
        .isEqualTo(
            "Helm install succeeded for release apps/apps-podinfo.v1 with chart podinfo@6.5.4");
    assertThat(fixture.client().namespaces().withName("apps").get().getMetadata().getLabels())
        .containsEntry("name", "apps");
    assertThat(
            fixture.client().configMaps().inNamespace("apps").withName("apps-podinfo-config").get())
        .isNotNull();
  }
}
