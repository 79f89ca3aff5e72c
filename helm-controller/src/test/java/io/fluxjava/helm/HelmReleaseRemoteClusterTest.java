package io.fluxjava.helm;

import static io.fluxjava.helm.HelmReleaseInstallTest.PODINFO;
import static io.fluxjava.helm.testing.HelmReleaseFixture.NAMESPACE;
import static io.fluxjava.helm.testing.HelmReleaseFixture.condition;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fluxjava.api.helm.HelmRelease;
import io.fluxjava.api.meta.KubeConfigReference;
import io.fluxjava.api.meta.SecretKeyReference;
import io.fluxjava.helm.testing.HelmReleaseFixture;
import io.fluxjava.testkit.InMemoryApiServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code spec.kubeConfig}: the release, its objects and its storage go to another cluster. */
class HelmReleaseRemoteClusterTest {

  @TempDir Path tmp;

  private HelmReleaseFixture fixture;
  private InMemoryApiServer remote;

  @BeforeEach
  void start() throws Exception {
    fixture = new HelmReleaseFixture();
    remote = InMemoryApiServer.start();
    String kubeconfig = Files.readString(remote.writeKubeconfig(tmp.resolve("remote.kubeconfig")));
    fixture
        .client()
        .secrets()
        .inNamespace(NAMESPACE)
        .resource(
            new SecretBuilder()
                .withNewMetadata()
                .withName("remote-kubeconfig")
                .endMetadata()
                .addToData(
                    "value",
                    Base64.getEncoder().encodeToString(kubeconfig.getBytes(StandardCharsets.UTF_8)))
                .build())
        .create();
    fixture.publishChart("podinfo", PODINFO);
  }

  @AfterEach
  void stop() {
    remote.close();
    fixture.close();
  }

  @Test
  void installsIntoTheClusterOfTheKubeConfigSecretAndUninstallsFromIt() {
    fixture.create(
        "podinfo", "podinfo", spec -> spec.setKubeConfig(kubeConfig("remote-kubeconfig")));

    HelmRelease release = fixture.reconcile("podinfo");

    assertThat(condition(release, "Ready").getReason()).isEqualTo("InstallSucceeded");
    assertThat(remote.client().configMaps().inNamespace(NAMESPACE).withName("podinfo-config").get())
        .isNotNull();
    assertThat(
            remote
                .client()
                .secrets()
                .inNamespace(NAMESPACE)
                .withName("sh.helm.release.v1.podinfo.v1")
                .get())
        .isNotNull();
    assertThat(
            fixture.client().configMaps().inNamespace(NAMESPACE).withName("podinfo-config").get())
        .isNull();
    assertThat(fixture.releaseSecrets(NAMESPACE)).isEmpty();

    fixture.cleanup("podinfo");

    assertThat(remote.client().configMaps().inNamespace(NAMESPACE).withName("podinfo-config").get())
        .isNull();
  }

  @Test
  void aMissingKubeConfigSecretFailsWithItsName() {
    fixture.create("podinfo", "podinfo", spec -> spec.setKubeConfig(kubeConfig("absent")));

    HelmRelease release = fixture.reconcile("podinfo");

    assertThat(condition(release, "Ready").getStatus()).isEqualTo("False");
    assertThat(condition(release, "Ready").getMessage())
        .isEqualTo(
            "unable to read KubeConfig secret 'flux-system/absent': secrets \"absent\" not found");
    assertThat(remote.client().configMaps().inNamespace(NAMESPACE).list().getItems()).isEmpty();
  }

  private static KubeConfigReference kubeConfig(String secretName) {
    SecretKeyReference secret = new SecretKeyReference();
    secret.setName(secretName);
    KubeConfigReference ref = new KubeConfigReference();
    ref.setSecretRef(secret);
    return ref;
  }
}
