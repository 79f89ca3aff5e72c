package io.fluxjava.e2e;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fluxjava.testkit.git.GitHttpServer;
import io.fluxjava.testkit.git.GitWorkspace;
import io.fluxjava.testkit.helm.ChartArchive;
import io.fluxjava.testkit.helm.HelmRepositoryServer;
import io.fluxjava.testkit.sops.AgeKeyPair;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A demo fleet repository shaped like a typical user's: a cluster folder without kustomization.yaml
 * that defines infra-controllers (a HelmRelease from a local Helm repository) → infra-configs →
 * apps-production (branch master, with a SOPS-encrypted Secret) and apps-staging (branch staging),
 * all decrypting with a demo age key generated at setup and kept in sops-agekey. Served over smart
 * HTTP from {@code <state>/git}; bootstrapped with the chart's own sync objects (GitRepository and
 * Kustomization flux-system).
 */
public final class DemoFleet implements AutoCloseable {

  /** The Kustomizations of the demo, in dependsOn order. */
  public static final List<String> KUSTOMIZATIONS =
      List.of(
          "flux-system", "infra-controllers", "infra-configs", "apps-production", "apps-staging");

  /** The HelmRelease the infra-controllers Kustomization applies. */
  public static final String HELM_RELEASE = "demo-app";

  /** The chart the local Helm repository serves. */
  public static final String CHART = "demo-app";

  /** The cluster folder the bootstrap Kustomization applies. */
  public static final String CLUSTER_PATH = "./clusters/local";

  /** The Secret holding the demo age key, as upstream's bootstrap names it. */
  public static final String AGE_KEY_SECRET = "sops-agekey";

  private static final String RESOURCES = "/demo/";
  private static final Duration READY_TIMEOUT = Duration.ofMinutes(4);

  private final GitHttpServer git;
  private final HelmRepositoryServer helm;
  private final GitWorkspace workspace;
  private final Consumer<String> progress;
  private final AgeKeyPair ageKey = AgeKeyPair.generate();
  private final DemoSecret secret = DemoSecret.random();

  private DemoFleet(
      GitHttpServer git,
      HelmRepositoryServer helm,
      GitWorkspace workspace,
      Consumer<String> progress) {
    this.git = git;
    this.helm = helm;
    this.workspace = workspace;
    this.progress = progress;
  }

  /**
   * Writes the repository (branches master and staging, the Secret encrypted for a new age key) and
   * starts the Git and Helm servers.
   */
  public static DemoFleet create(Path stateDir, Consumer<String> progress) {
    progress.accept("serving the demo Git and Helm repositories");
    GitHttpServer git;
    try {
      git = GitHttpServer.anonymous(stateDir.resolve("git"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    HelmRepositoryServer helm = HelmRepositoryServer.http().add(demoChart("0.1.0"));
    GitWorkspace workspace =
        GitWorkspace.create(stateDir.resolve("git"), "fleet.git", stateDir.resolve("work"));
    DemoFleet fleet = new DemoFleet(git, helm, workspace, progress);
    Map<String, List<String>> files = files();
    workspace.git("checkout", "-b", "master");
    fleet.writeFiles("master", files.get("master"));
    workspace.write(DemoSecret.PATH, fleet.secret.encryptedManifest(fleet.ageKey));
    workspace.commit("Add the local cluster, infrastructure and production apps");
    workspace.push("master", false);
    workspace.git("checkout", "-b", "staging");
    fleet.writeFiles("staging", files.get("staging"));
    workspace.commit("Add staging apps");
    workspace.push("staging", false);
    workspace.git("checkout", "master");
    return fleet;
  }

  /** A version of the demo chart; its ConfigMap carries {@code .Values.greeting}. */
  public static ChartArchive demoChart(String version) {
    return ChartArchive.of(CHART, version)
        .with("values.yaml", "greeting: hello\n")
        .with(
            "templates/configmap.yaml",
            "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}-greeting\n"
                + "data:\n  greeting: {{ .Values.greeting | quote }}\n"
                + "  chartVersion: {{ .Chart.Version | quote }}\n");
  }

  /** The repository URL, as GitRepository.spec.url. */
  public String gitUrl() {
    return git.url("fleet.git");
  }

  /** The Helm repository URL, as HelmRepository.spec.url. */
  public String helmUrl() {
    return helm.url();
  }

  /** The Helm repository, to publish more chart versions. */
  public HelmRepositoryServer helmRepository() {
    return helm;
  }

  /** The working copy on branch master: edit, commit, push to change the cluster. */
  public GitWorkspace workspace() {
    return workspace;
  }

  /** The SOPS-encrypted Secret apps-production decrypts. */
  public DemoSecret secret() {
    return secret;
  }

  /** The working copy's folder. */
  public Path workTree() {
    return workspace.workTree();
  }

  /**
   * Creates sops-agekey and the bootstrap objects: the chart rendered with {@code sync.*} values
   * pointing at the demo repository, and only its GitRepository and Kustomization applied.
   */
  public void apply(KubernetesClient client, Path projectRoot) {
    progress.accept("storing the demo age key in " + AGE_KEY_SECRET);
    applyAgeKey(client);
    progress.accept("applying the bootstrap GitRepository and Kustomization (chart sync values)");
    Map<String, String> values = new LinkedHashMap<>();
    values.put("sync.enabled", "true");
    values.put("sync.url", gitUrl());
    values.put("sync.branch", "master");
    values.put("sync.path", CLUSTER_PATH);
    values.put("sync.kustomizationInterval", "1m0s");
    RenderedChart chart =
        new ChartRenderer(projectRoot.resolve("helm-chart"))
            .renderInSeparateJvm(LocalCluster.NAMESPACE, values);
    for (GenericKubernetesResource object : chart.objects()) {
      if (object.getApiVersion().contains("toolkit.fluxcd.io")) {
        client.resource(object).forceConflicts().serverSideApply();
      }
    }
  }

  /** Waits until every demo Kustomization and the HelmRelease are Ready, reporting each. */
  public void awaitReady(KubernetesClient client) {
    Instant deadline = Instant.now().plus(READY_TIMEOUT);
    Map<String, String> pending = new LinkedHashMap<>();
    KUSTOMIZATIONS.forEach(name -> pending.put(name, "Kustomization"));
    pending.put(HELM_RELEASE, "HelmRelease");
    while (!pending.isEmpty() && Instant.now().isBefore(deadline)) {
      pending
          .entrySet()
          .removeIf(
              entry -> {
                boolean ready =
                    FluxObjects.ready(
                            client,
                            apiVersion(entry.getValue()),
                            entry.getValue(),
                            LocalCluster.NAMESPACE,
                            entry.getKey())
                        .filter(FluxObjects.Ready::isTrue)
                        .isPresent();
                if (ready) {
                  progress.accept(entry.getValue() + " " + entry.getKey() + " is Ready");
                }
                return ready;
              });
      sleep();
    }
    if (!pending.isEmpty()) {
      throw new IllegalStateException("not Ready after " + READY_TIMEOUT + ": " + pending.keySet());
    }
  }

  @Override
  public void close() {
    git.close();
    helm.close();
  }

  private static String apiVersion(String kind) {
    return kind.equals("HelmRelease") ? FluxObjects.HELM_V2 : FluxObjects.KUSTOMIZE_V1;
  }

  private void applyAgeKey(KubernetesClient client) {
    client
        .secrets()
        .inNamespace(LocalCluster.NAMESPACE)
        .resource(
            new SecretBuilder()
                .withNewMetadata()
                .withName(AGE_KEY_SECRET)
                .withNamespace(LocalCluster.NAMESPACE)
                .endMetadata()
                // data, not stringData: the in-memory API server does not fold stringData in
                .addToData("age.agekey", base64(ageKey.keyFile()))
                .build())
        .serverSideApply();
  }

  private static String base64(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  private void writeFiles(String branch, List<String> paths) {
    for (String path : paths) {
      String content =
          resource(branch + "/" + path)
              .replace("{{GIT_URL}}", gitUrl())
              .replace("{{HELM_URL}}", helmUrl());
      workspace.write(path, content);
    }
  }

  private static Map<String, List<String>> files() {
    Map<String, List<String>> files = new LinkedHashMap<>();
    resource("files.txt")
        .lines()
        .filter(line -> !line.isBlank() && !line.startsWith("#"))
        .map(line -> line.split(" ", 2))
        .forEach(
            entry -> files.computeIfAbsent(entry[0], branch -> new ArrayList<>()).add(entry[1]));
    return files;
  }

  private static String resource(String name) {
    try (InputStream in = DemoFleet.class.getResourceAsStream(RESOURCES + name)) {
      if (in == null) {
        throw new IllegalStateException("missing demo file " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
