package io.fluxjava.e2e;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import com.marcnuri.helm.TemplateCommand;
import java.nio.file.Path;
import java.util.Map;

/** Renders and lints the project's chart with the real Helm engine (helm-java). */
public final class ChartRenderer {

  /** The release name the launcher and the tests render with. */
  public static final String RELEASE = "flux";

  private final Path chart;

  /** A renderer of the chart in {@code chart} (the {@code helm-chart} folder). */
  public ChartRenderer(Path chart) {
    this.chart = chart;
  }

  /** {@code helm template flux <chart> -n <namespace> --set k=v ...}, CRDs left out. */
  public RenderedChart render(String namespace, Map<String, String> values) {
    TemplateCommand template =
        new Helm(chart).template().withName(RELEASE).withNamespace(namespace).skipCrds();
    values.forEach(template::set);
    return RenderedChart.parse(template.call());
  }

  /** {@code helm lint --strict}. */
  public LintResult lint() {
    return new Helm(chart).lint().strict().call();
  }
}
