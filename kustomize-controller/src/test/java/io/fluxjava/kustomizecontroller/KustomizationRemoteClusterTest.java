package io.fluxjava.kustomizecontroller;

import static io.fluxjava.kustomizecontroller.testing.Manifests.configMap;
import static io.fluxjava.kustomizecontroller.testing.Manifests.ready;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fluxjava.api.meta.KubeConfigReference;
import io.fluxjava.api.meta.SecretKeyReference;
import io.fluxjava.kustomizecontroller.testing.KustomizationFixture;
import io.fluxjava.kustomizecontroller.testing.RecordingProxy;
import io.fluxjava.testkit.InMemoryApiServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code spec.kubeConfig} (apply to another cluster) and impersonation of {@code
 * serviceAccountName} or {@code --default-service-account}.
 */
class KustomizationRemoteClusterTest {

  private static final String REVISION = "main@sha1:" + "0".repeat(40);

  @TempDir Path tmp;

  private KustomizationFixture fixture;
  private InMemoryApiServer remote;
  private RecordingProxy proxy;

  @AfterEach
  void stop() {
    proxy.close();
    remote.close();
    fixture.close();
  }

  @Test
  void kubeConfigSecretTargetsTheRemoteClusterAndServiceAccountIsImpersonated() throws Exception {
    start(Map.of());
    fixture.create(
        "remote-apps",
        "repo",
        spec -> {
          spec.setKubeConfig(kubeConfigRef());
          spec.setServiceAccountName("deployer");
        });

    assertThat(ready(fixture.reconcile("remote-apps"))).startsWith("True ");

    assertThat(remote.client().configMaps().inNamespace("default").withName("a").get()).isNotNull();
    assertThat(fixture.client().configMaps().inNamespace("default").withName("a").get()).isNull();
    assertThat(proxy.impersonatedUsers())
        .isNotEmpty()
        .containsOnly("system:serviceaccount:flux-system:deployer");
  }

  @Test
  void theDefaultServiceAccountIsUsedWhenNoneIsSet() throws Exception {
    start(Map.of("default-service-account", "flux-applier"));
    fixture.create("remote-apps", "repo", spec -> spec.setKubeConfig(kubeConfigRef()));

    assertThat(ready(fixture.reconcile("remote-apps"))).startsWith("True ");

    assertThat(proxy.impersonatedUsers())
        .isNotEmpty()
        .containsOnly("system:serviceaccount:flux-system:flux-applier");
  }

  @Test
  void aMissingKubeConfigSecretFailsTheApply() throws Exception {
    start(Map.of());
    KubeConfigReference ref = kubeConfigRef();
    ref.getSecretRef().setName("absent");
    fixture.create("remote-apps", "repo", spec -> spec.setKubeConfig(ref));

    assertThat(ready(fixture.reconcile("remote-apps")))
        .isEqualTo(
            "False ReconciliationFailed: unable to read KubeConfig secret 'flux-system/absent':"
                + " secrets \"absent\" not found");
  }

  @Test
  void deletionDoesNotHangWhenTheRemoteClusterCanNoLongerBeReached() throws Exception {
    start(Map.of());
    fixture.create("remote-apps", "repo", spec -> spec.setKubeConfig(kubeConfigRef()));
    assertThat(ready(fixture.reconcile("remote-apps"))).startsWith("True ");
    fixture
        .client()
        .secrets()
        .inNamespace(KustomizationFixture.NAMESPACE)
        .withName("remote-kubeconfig")
        .delete();

    assertThat(fixture.cleanup("remote-apps")).isEmpty();
    assertThat(remote.client().configMaps().inNamespace("default").withName("a").get()).isNotNull();
  }

  private void start(Map<String, String> flags) throws Exception {
    fixture = KustomizationFixture.start(flags);
    remote = InMemoryApiServer.start();
    proxy = new RecordingProxy(remote.url());
    String kubeconfig =
        Files.readString(remote.writeKubeconfig(tmp.resolve("remote.kubeconfig")))
            .replace(remote.url(), proxy.url());
    fixture
        .client()
        .secrets()
        .inNamespace(KustomizationFixture.NAMESPACE)
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
    fixture.publish("repo", REVISION, Map.of("a.yaml", configMap("a", "k", "v")));
  }

  private static KubeConfigReference kubeConfigRef() {
    SecretKeyReference secret = new SecretKeyReference();
    secret.setName("remote-kubeconfig");
    KubeConfigReference ref = new KubeConfigReference();
    ref.setSecretRef(secret);
    return ref;
  }
}
