package io.fluxjava.e2e;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import com.marcnuri.helm.TemplateCommand;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

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
    return RenderedChart.parse(template(namespace, values));
  }

  /**
   * Like {@link #render}, in a short-lived JVM of its own. Helm's Go runtime, once loaded, takes
   * SIGTERM and SIGINT from the JVM and shutdown hooks no longer run; a long-lived process that
   * must stop its children on Ctrl-C therefore never loads it.
   */
  public RenderedChart renderInSeparateJvm(String namespace, Map<String, String> values) {
    List<String> command = new ArrayList<>();
    command.add(ManagedProcess.javaBinary());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(ChartTemplateMain.class.getName());
    command.add(chart.toString());
    command.add(namespace);
    values.forEach((key, value) -> command.add(key + "=" + value));
    try {
      Process process =
          new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
      String manifests =
          new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
        throw new IllegalStateException("helm template of " + chart + " failed");
      }
      return RenderedChart.parse(manifests);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while rendering the chart", e);
    }
  }

  /** The manifests {@code helm template} prints. */
  public String template(String namespace, Map<String, String> values) {
    TemplateCommand template =
        new Helm(chart).template().withName(RELEASE).withNamespace(namespace).skipCrds();
    values.forEach(template::set);
    return template.call();
  }

  /** {@code helm lint --strict}. */
  public LintResult lint() {
    return new Helm(chart).lint().strict().call();
  }
}
