package io.fluxjava.e2e.scale;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fluxjava.e2e.FluxObjects;
import io.fluxjava.testkit.helm.ChartArchive;
import io.fluxjava.testkit.helm.HelmRepositoryServer;
import java.util.Map;

/**
 * N HelmReleases of one small chart from one HelmRepository served over HTTP; each release installs
 * one application into its own namespace ({@value ScaleScenario#APPS_NAMESPACE}).
 */
final class HelmReleaseScenario implements ScaleScenario {

  private static final String CHART = "bench-app";
  private static final String VERSION = "0.1.0";
  private static final String SOURCE = "bench";

  private HelmRepositoryServer helm;

  @Override
  public String kind() {
    return "HelmRelease";
  }

  @Override
  public String apiVersion() {
    return FluxObjects.HELM_V2;
  }

  @Override
  public String namespace() {
    return APPS_NAMESPACE;
  }

  @Override
  public void prepare(int n) {
    helm = HelmRepositoryServer.http().add(chart());
  }

  @Override
  public void create(KubernetesClient client, int n) {
    ScaleTemplates.objects(
            ScaleTemplates.HELM_REPOSITORY,
            Map.of("NAME", SOURCE, "NAMESPACE", namespace(), "URL", helm.url()))
        .forEach(object -> client.resource(object).serverSideApply());
    for (int i = 1; i <= n; i++) {
      ScaleTemplates.objects(
              ScaleTemplates.HELM_RELEASE,
              Map.of(
                  "NAME", ScaleScenario.appName(i),
                  "NAMESPACE", namespace(),
                  "CHART", CHART,
                  "VERSION", VERSION,
                  "SOURCE", SOURCE))
          .forEach(object -> client.resource(object).serverSideApply());
    }
  }

  @Override
  public void close() {
    if (helm != null) {
      helm.close();
    }
  }

  /** The application template as a chart: the release's name and namespace fill it in. */
  private static ChartArchive chart() {
    String template =
        ScaleTemplates.text(
            ScaleTemplates.APP,
            Map.of("NAME", "{{ .Release.Name }}", "NAMESPACE", "{{ .Release.Namespace }}"));
    // replaces the archive's default ConfigMap template, whose name would clash with the app's
    return ChartArchive.of(CHART, VERSION).with("templates/configmap.yaml", template);
  }
}
