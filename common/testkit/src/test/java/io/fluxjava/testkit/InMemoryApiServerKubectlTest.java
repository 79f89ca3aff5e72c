package io.fluxjava.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real kubectl against the in-memory API server. */
class InMemoryApiServerKubectlTest {

  private static final Duration KUBECTL_TIMEOUT = Duration.ofSeconds(30);
  private static final String NS = "flux-system";

  @TempDir static Path workDir;

  private static InMemoryApiServer server;
  private static KubernetesClient client;
  private static Kubectl kubectl;

  @BeforeAll
  static void startServer() {
    assumeTrue(Kubectl.isInstalled(), "kubectl is not on the PATH: kubectl tests skipped");
    server = InMemoryApiServer.start();
    client = server.client();
    server.installCrds(KustomizationFixture.CRDS);
    kubectl = new Kubectl(server.writeKubeconfig(workDir.resolve("kubeconfig")), workDir);
  }

  @AfterAll
  static void stopServer() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void getCrdListsInstalledDefinitions() {
    Kubectl.Result result = kubectl.run(KUBECTL_TIMEOUT, "get", "crd");

    assertThat(result.stderr()).isEmpty();
    assertThat(result.stdout()).contains("kustomizations.kustomize.toolkit.fluxcd.io");
  }

  @Test
  void getKustomizationsShowsReadyAndStatusColumns() {
    KustomizationFixture.create(client, NS, "listed");
    KustomizationFixture.writeReady(
        client, NS, "listed", "True", "Applied revision: main@sha1:abc");

    Kubectl.Result result = kubectl.run(KUBECTL_TIMEOUT, "get", "kustomizations", "-A");

    assertThat(result.succeeded()).as(result.stderr()).isTrue();
    assertThat(result.stdout().lines().findFirst().orElseThrow())
        .containsSubsequence("NAMESPACE", "NAME", "AGE", "READY", "STATUS");
    assertThat(result.stdout())
        .containsPattern(
            "flux-system\\s+listed\\s+\\S+\\s+True\\s+Applied revision: main@sha1:abc");
  }

  @Test
  void shortNameResolves() {
    KustomizationFixture.create(client, NS, "short");

    Kubectl.Result result = kubectl.run(KUBECTL_TIMEOUT, "get", "ks", "-n", NS, "short");

    assertThat(result.succeeded()).as(result.stderr()).isTrue();
    assertThat(result.stdout()).contains("short");
  }

  @Test
  void annotateIsSeenByTheJavaClient() {
    KustomizationFixture.create(client, NS, "annotated");

    Kubectl.Result result =
        kubectl.run(
            KUBECTL_TIMEOUT,
            "annotate",
            "-n",
            NS,
            "kustomization",
            "annotated",
            "reconcile.fluxcd.io/requestedAt=2026-11-28T12:00:00Z");

    assertThat(result.succeeded()).as(result.stderr()).isTrue();
    assertThat(
            KustomizationFixture.get(client, NS, "annotated").get().getMetadata().getAnnotations())
        .containsEntry("reconcile.fluxcd.io/requestedAt", "2026-11-28T12:00:00Z");
  }

  @Test
  void waitReturnsOnceReadyIsWrittenThroughStatus() throws InterruptedException {
    KustomizationFixture.create(client, NS, "awaited");
    Kubectl.Running waiting =
        kubectl.start(
            "wait", "-n", NS, "--for=condition=Ready", "kustomization/awaited", "--timeout=20s");
    Thread.sleep(1500);

    KustomizationFixture.writeReady(client, NS, "awaited", "True", "Applied revision: main@sha1:1");

    Kubectl.Result result = waiting.await(KUBECTL_TIMEOUT);
    assertThat(result.succeeded()).as(result.stderr()).isTrue();
    assertThat(result.stdout()).contains("condition met");
  }

  @Test
  void waitForDeleteReturnsOnceTheObjectIsGone() throws InterruptedException {
    KustomizationFixture.create(client, NS, "doomed");
    Kubectl.Running waiting =
        kubectl.start("wait", "-n", NS, "--for=delete", "kustomization/doomed", "--timeout=20s");
    Thread.sleep(1500);

    KustomizationFixture.get(client, NS, "doomed").delete();

    Kubectl.Result result = waiting.await(KUBECTL_TIMEOUT);
    assertThat(result.succeeded()).as(result.stderr()).isTrue();
    assertThat(result.stdout()).contains("condition met");
  }

  @Test
  void waitTimesOutWhileReadyIsFalse() {
    KustomizationFixture.create(client, NS, "failing");
    KustomizationFixture.writeReady(client, NS, "failing", "False", "kustomize build failed");

    Kubectl.Result result =
        kubectl.run(
            KUBECTL_TIMEOUT,
            "wait",
            "-n",
            NS,
            "--for=condition=Ready",
            "kustomization/failing",
            "--timeout=2s");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.stderr()).contains("timed out waiting for the condition");
  }

  @Test
  void serverSideApplyCreatesThenUpdatesAndDropsRemovedKeys() throws Exception {
    Path manifest = workDir.resolve("cm.yaml");
    Files.writeString(manifest, configMap("a: \"1\"\n  b: \"2\"\n"));
    Kubectl.Result created = apply(manifest);
    Files.writeString(manifest, configMap("b: \"3\"\n"));
    Kubectl.Result updated = apply(manifest);

    assertThat(created.stdout()).contains("configmap/applied serverside-applied");
    assertThat(updated.stdout()).contains("configmap/applied serverside-applied");
    ConfigMap stored = client.configMaps().inNamespace(NS).withName("applied").get();
    assertThat(stored.getData()).containsExactlyEntriesOf(Map.of("b", "3"));
    assertThat(stored.getMetadata().getManagedFields())
        .singleElement()
        .satisfies(
            entry -> {
              assertThat(entry.getManager()).isEqualTo("kubectl");
              assertThat(entry.getOperation()).isEqualTo("Apply");
            });
  }

  @Test
  void crdCreatedThroughTheApiIsServedAtOnce() {
    client.resource(widgetCrd()).create();
    client
        .resource(
            new GenericKubernetesResourceBuilder()
                .withApiVersion("example.fluxjava.io/v1")
                .withKind("Widget")
                .withNewMetadata()
                .withName("gear")
                .withNamespace(NS)
                .endMetadata()
                .build())
        .create();

    Kubectl.Result result = kubectl.run(KUBECTL_TIMEOUT, "get", "widgets", "-A");

    assertThat(result.succeeded()).as(result.stderr()).isTrue();
    assertThat(result.stdout()).containsPattern("flux-system\\s+gear\\s+\\d+s");
  }

  private Kubectl.Result apply(Path manifest) {
    Kubectl.Result result =
        kubectl.run(
            KUBECTL_TIMEOUT,
            "apply",
            "--server-side",
            "--validate=false",
            "-f",
            manifest.toString());
    assertThat(result.succeeded()).as(result.stderr()).isTrue();
    return result;
  }

  private static String configMap(String data) {
    return "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: applied\n  namespace: "
        + NS
        + "\ndata:\n  "
        + data;
  }

  private static CustomResourceDefinition widgetCrd() {
    return new CustomResourceDefinitionBuilder()
        .withNewMetadata()
        .withName("widgets.example.fluxjava.io")
        .endMetadata()
        .withNewSpec()
        .withGroup("example.fluxjava.io")
        .withScope("Namespaced")
        .withNewNames()
        .withKind("Widget")
        .withPlural("widgets")
        .withSingular("widget")
        .endNames()
        .addNewVersion()
        .withName("v1")
        .withServed(true)
        .withStorage(true)
        .withNewSchema()
        .withNewOpenAPIV3Schema()
        .withType("object")
        .withXKubernetesPreserveUnknownFields(true)
        .endOpenAPIV3Schema()
        .endSchema()
        .endVersion()
        .endSpec()
        .build();
  }
}
