package io.fluxjava.kustomizecontroller;

import static io.fluxjava.kustomizecontroller.testing.Manifests.ready;
import static org.assertj.core.api.Assertions.assertThat;

import io.fluxjava.api.kustomize.Kustomization;
import io.fluxjava.kustomizecontroller.testing.KustomizationFixture;
import io.fluxjava.testkit.git.GitWorkspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The user's fleet repository end to end: a cluster folder without kustomization.yaml holds the
 * Flux Kustomizations, which chain infra-controllers → infra-configs → apps-staging /
 * apps-production with dependsOn. Git history drives it; each round reconciles every Kustomization,
 * dependents first, as a work queue might.
 */
class KustomizationScenarioTest {

  private static final int MAX_ROUNDS = 8;
  private static final List<String> CHAIN =
      List.of("infra-controllers", "infra-configs", "apps-staging", "apps-production");
  private static final List<String> QUEUE_ORDER =
      List.of(
          "apps-production", "apps-staging", "infra-configs", "infra-controllers", "flux-system");

  @TempDir Path tmp;

  private KustomizationFixture fixture;
  private GitWorkspace git;

  @BeforeEach
  void start() {
    fixture = KustomizationFixture.start();
    git = GitWorkspace.create(tmp.resolve("server"), "fleet.git", tmp);
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  @Test
  void fleetConvergesInOrderPrunesRemovalsAndSurvivesABrokenCommit() throws IOException {
    writeFleet();
    String first = commitAndPublish("fleet");
    fixture.create("flux-system", "flux-system", spec -> spec.setPath("./clusters/production"));

    List<String> readyOrder = converge(first);
    assertAllApplied(first);
    assertThat(readyOrder)
        .containsSubsequence("infra-controllers", "infra-configs", "apps-staging");
    assertThat(readyOrder).containsSubsequence("infra-configs", "apps-production");
    assertThat(deploymentExists("production", "podinfo")).isTrue();
    assertThat(deploymentExists("production", "worker")).isTrue();
    assertThat(
            fixture
                .client()
                .apps()
                .deployments()
                .inNamespace("production")
                .withName("podinfo")
                .get()
                .getSpec()
                .getReplicas())
        .isEqualTo(3);

    Files.delete(git.workTree().resolve("apps/production/worker.yaml"));
    git.write(
        "apps/production/kustomization.yaml", kustomization("namespace: production", "../base"));
    String second = commitAndPublish("production: drop the worker");

    converge(second);
    assertAllApplied(second);
    assertThat(deploymentExists("production", "worker")).isFalse();
    assertThat(deploymentExists("production", "podinfo")).isTrue();

    git.write(
        "apps/staging/kustomization.yaml",
        kustomization("namespace: staging", "../base", "broken.yaml"));
    git.write(
        "apps/staging/broken.yaml",
        "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: oops\ndata: [\n");
    String third = commitAndPublish("staging: broken manifest");

    converge(third);
    Kustomization staging = fixture.get("apps-staging");
    assertThat(ready(staging)).startsWith("False BuildFailed: ").contains("broken.yaml");
    assertThat(staging.getStatus().getLastAttemptedRevision()).isEqualTo(third);
    assertThat(staging.getStatus().getLastAppliedRevision()).isEqualTo(second);
    assertThat(deploymentExists("staging", "podinfo")).isTrue();
    assertThat(ready(fixture.get("apps-production")))
        .isEqualTo("True ReconciliationSucceeded: Applied revision: " + third);

    Files.delete(git.workTree().resolve("apps/staging/broken.yaml"));
    git.write("apps/staging/kustomization.yaml", kustomization("namespace: staging", "../base"));
    String fourth = commitAndPublish("staging: fix");

    converge(fourth);
    assertAllApplied(fourth);
    assertThat(deploymentExists("staging", "podinfo")).isTrue();
  }

  /**
   * Reconciles every Kustomization round after round until each one of the chain has applied {@code
   * revision} or failed on it; returns the names in the order they became Ready.
   */
  private List<String> converge(String revision) {
    List<String> readyOrder = new ArrayList<>();
    for (int round = 0; round < MAX_ROUNDS && !settled(revision); round++) {
      for (String name : QUEUE_ORDER) {
        if (fixture.get(name) != null) {
          Kustomization ks = fixture.reconcile(name);
          if (revision.equals(ks.getStatus().getLastAppliedRevision())
              && !readyOrder.contains(name)) {
            readyOrder.add(name);
          }
        }
      }
    }
    return readyOrder;
  }

  private boolean settled(String revision) {
    return CHAIN.stream()
        .map(fixture::get)
        .allMatch(
            ks ->
                ks != null
                    && ks.getStatus() != null
                    && revision.equals(ks.getStatus().getLastAttemptedRevision())
                    && ks.getStatus().getConditions().stream()
                        .anyMatch(
                            c ->
                                c.getType().equals("Ready")
                                    && !c.getReason().equals("DependencyNotReady")));
  }

  private void assertAllApplied(String revision) {
    for (String name : CHAIN) {
      Kustomization ks = fixture.get(name);
      assertThat(ks).as(name).isNotNull();
      assertThat(ks.getStatus()).as(name).isNotNull();
      assertThat(ready(ks))
          .as(name)
          .isEqualTo("True ReconciliationSucceeded: Applied revision: " + revision);
    }
  }

  private boolean deploymentExists(String namespace, String name) {
    return fixture.client().apps().deployments().inNamespace(namespace).withName(name).get()
        != null;
  }

  /** Commits the work tree and publishes it as source-controller would: a tarball of the commit. */
  private String commitAndPublish(String message) throws IOException {
    String commit = git.commit(message);
    git.push("main", false);
    Path tarball = tmp.resolve(commit + ".tar.gz");
    git.git("archive", "--format=tar.gz", "-o", tarball.toString(), commit);
    String revision = "main@sha1:" + commit;
    fixture.publishTarball("flux-system", revision, Files.readAllBytes(tarball));
    return revision;
  }

  private void writeFleet() {
    git.write(
        "clusters/production/infra-controllers.yaml",
        fluxKustomization("infra-controllers", "./infra/controllers"));
    git.write(
        "clusters/production/infra-configs.yaml",
        fluxKustomization("infra-configs", "./infra/configs", "infra-controllers"));
    git.write(
        "clusters/production/apps.yaml",
        fluxKustomization("apps-staging", "./apps/staging", "infra-configs")
            + "---\n"
            + fluxKustomization("apps-production", "./apps/production", "infra-configs"));
    git.write(
        "infra/controllers/kustomization.yaml",
        kustomization("", "namespace.yaml", "controller.yaml"));
    git.write(
        "infra/controllers/namespace.yaml",
        "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ingress\n");
    git.write(
        "infra/controllers/controller.yaml",
        deployment("ingress-nginx", "ingress", "registry.k8s.io/ingress-nginx/controller:v1.11.0"));
    git.write("infra/configs/kustomization.yaml", kustomization("", "settings.yaml"));
    git.write(
        "infra/configs/settings.yaml",
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ingress-settings\n  namespace: ingress\ndata:\n  ssl-redirect: \"true\"\n");
    git.write("apps/base/kustomization.yaml", kustomization("", "podinfo.yaml"));
    git.write(
        "apps/base/podinfo.yaml",
        deployment("podinfo", null, "ghcr.io/stefanprodan/podinfo:6.7.0"));
    git.write("apps/staging/kustomization.yaml", kustomization("namespace: staging", "../base"));
    git.write(
        "apps/production/kustomization.yaml",
        kustomization("namespace: production", "../base", "worker.yaml")
            + "patches:\n- target: {kind: Deployment, name: podinfo}\n  patch: |\n    - op: replace\n      path: /spec/replicas\n      value: 3\n");
    git.write(
        "apps/production/worker.yaml",
        deployment("worker", null, "ghcr.io/stefanprodan/podinfo:6.7.0"));
  }

  private static String fluxKustomization(String name, String path, String... dependsOn) {
    StringBuilder out =
        new StringBuilder(
            """
            apiVersion: kustomize.toolkit.fluxcd.io/v1
            kind: Kustomization
            metadata:
              name: %s
              namespace: flux-system
            spec:
              interval: 10m
              path: %s
              prune: true
              sourceRef:
                kind: GitRepository
                name: flux-system
            """
                .formatted(name, path));
    if (dependsOn.length > 0) {
      out.append("  dependsOn:\n");
      for (String dep : dependsOn) {
        out.append("  - name: ").append(dep).append('\n');
      }
    }
    return out.toString();
  }

  private static String kustomization(String extra, String... resources) {
    StringBuilder out =
        new StringBuilder("apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n");
    if (!extra.isEmpty()) {
      out.append(extra).append('\n');
    }
    out.append("resources:\n");
    for (String resource : resources) {
      out.append("- ").append(resource).append('\n');
    }
    return out.toString();
  }

  private static String deployment(String name, String namespace, String image) {
    String ns = namespace == null ? "" : "  namespace: " + namespace + "\n";
    return """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: %s
        %sspec:
          replicas: 1
          selector:
            matchLabels: {app: %s}
          template:
            metadata:
              labels: {app: %s}
            spec:
              containers:
              - name: app
                image: %s
        """
        .formatted(name, ns, name, name, image);
  }
}
