package io.fluxjava.e2e.scale;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fluxjava.e2e.FluxObjects;
import io.fluxjava.e2e.LocalCluster;
import io.fluxjava.testkit.git.GitHttpServer;
import io.fluxjava.testkit.git.GitWorkspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * N Kustomizations in flux-system over one GitRepository served over smart HTTP; each applies
 * {@code ./apps/app-<i>}, a folder without kustomization.yaml holding one application.
 */
final class KustomizationScenario implements ScaleScenario {

  private static final String REPOSITORY = "bench.git";
  private static final String SOURCE = "bench";

  private final Path workDir;
  private GitHttpServer git;

  /** Keeps the repository and its working copy under {@code workDir}. */
  KustomizationScenario(Path workDir) {
    this.workDir = workDir;
  }

  @Override
  public String kind() {
    return "Kustomization";
  }

  @Override
  public String apiVersion() {
    return FluxObjects.KUSTOMIZE_V1;
  }

  @Override
  public String namespace() {
    return LocalCluster.NAMESPACE;
  }

  @Override
  public void prepare(int n) {
    Path serverRoot = workDir.resolve("git");
    try {
      git = GitHttpServer.anonymous(serverRoot);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    GitWorkspace workspace = GitWorkspace.create(serverRoot, REPOSITORY, workDir.resolve("work"));
    for (int i = 1; i <= n; i++) {
      String app = ScaleScenario.appName(i);
      workspace.write(
          "apps/" + app + "/app.yaml",
          ScaleTemplates.text(
              ScaleTemplates.APP, Map.of("NAME", app, "NAMESPACE", APPS_NAMESPACE)));
    }
    workspace.commit(n + " applications");
    workspace.push("main", false);
  }

  @Override
  public void create(KubernetesClient client, int n) {
    ScaleTemplates.objects(
            ScaleTemplates.GIT_REPOSITORY,
            Map.of("NAME", SOURCE, "NAMESPACE", namespace(), "URL", git.url(REPOSITORY)))
        .forEach(object -> client.resource(object).serverSideApply());
    for (int i = 1; i <= n; i++) {
      ScaleTemplates.objects(
              ScaleTemplates.KUSTOMIZATION,
              Map.of("NAME", ScaleScenario.appName(i), "NAMESPACE", namespace(), "SOURCE", SOURCE))
          .forEach(object -> client.resource(object).serverSideApply());
    }
  }

  @Override
  public void close() {
    if (git != null) {
      git.close();
    }
  }
}
