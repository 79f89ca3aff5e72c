package io.fluxjava.source.helm;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fluxjava.api.source.HelmChartSpec;
import io.fluxjava.api.source.ReconcileStrategy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Builds the chart artifact: from a pulled package (repackaged only when values files are merged
 * into it) or from a chart directory in a Git/Bucket source (dependencies vendored, version per
 * {@code reconcileStrategy}, values files merged, packaged).
 */
final class ChartBuilds {

  private static final int SHORT_REVISION = 12;

  private final ChartDependencies dependencies;

  ChartBuilds(ChartDependencies dependencies) {
    this.dependencies = dependencies;
  }

  /** A chart pulled from a repository, with {@code spec.valuesFiles} merged in when set. */
  BuiltChart fromPulled(PulledChart pulled, HelmChartSpec spec, Path workDir)
      throws ChartBuildException {
    List<String> valuesFiles = valuesFiles(spec);
    if (valuesFiles.isEmpty()) {
      return new BuiltChart(pulled.name(), pulled.version(), pulled.archive(), false, List.of());
    }
    try {
      Path chartDir = ChartArchives.extract(pulled.archive(), workDir, pulled.name());
      ChartMetadata metadata = ChartMetadata.read(chartDir);
      return withValues(chartDir, chartDir, metadata, spec, false);
    } catch (IOException e) {
      throw ChartBuildException.packaging(e.getMessage());
    }
  }

  /**
   * The chart at {@code spec.chart} inside an extracted source; {@code sourceRevision} and {@code
   * generation} feed the version's build metadata.
   */
  BuiltChart fromSource(
      Path sourceRoot, HelmChartSpec spec, String sourceRevision, long generation, String namespace)
      throws ChartBuildException {
    Path chartDir = sourceRoot.resolve(stripLeadingSlash(spec.getChart())).normalize();
    if (!chartDir.startsWith(sourceRoot) || !Files.isDirectory(chartDir)) {
      throw ChartBuildException.reference(
          "path '" + spec.getChart() + "' does not exist in the source");
    }
    ChartMetadata metadata;
    try {
      metadata = ChartMetadata.read(chartDir);
    } catch (IOException e) {
      throw ChartBuildException.reference("failed to load chart: " + e.getMessage());
    }
    dependencies.build(sourceRoot, chartDir, metadata, namespace);
    String version = version(metadata.version(), spec, sourceRevision, generation);
    return withValues(sourceRoot, chartDir, metadata.withVersion(version), spec, true);
  }

  private BuiltChart withValues(
      Path valuesRoot, Path chartDir, ChartMetadata metadata, HelmChartSpec spec, boolean packaged)
      throws ChartBuildException {
    List<String> valuesFiles = valuesFiles(spec);
    byte[] values = null;
    List<String> used = List.of();
    if (!valuesFiles.isEmpty()) {
      try {
        ValuesFiles.Merged merged =
            ValuesFiles.merge(
                valuesRoot, valuesFiles, Boolean.TRUE.equals(spec.getIgnoreMissingValuesFiles()));
        values = yaml(merged.values());
        used = merged.used();
      } catch (IOException e) {
        throw ChartBuildException.values(e.getMessage());
      }
    }
    try {
      return new BuiltChart(
          metadata.name(),
          metadata.version(),
          ChartPackager.pack(chartDir, metadata, values),
          packaged || values != null,
          used);
    } catch (IOException e) {
      throw ChartBuildException.packaging(e.getMessage());
    }
  }

  /**
   * Upstream's version of a chart built from a source: {@code Revision} adds the first 12 hex of
   * the source revision as build metadata; values files add the object generation.
   */
  static String version(
      String chartVersion, HelmChartSpec spec, String sourceRevision, long generation) {
    String metadata = "";
    if (spec.getReconcileStrategy() == ReconcileStrategy.REVISION) {
      String hex = sourceRevision.substring(sourceRevision.lastIndexOf(':') + 1);
      metadata = hex.substring(0, Math.min(SHORT_REVISION, hex.length()));
    }
    if (!valuesFiles(spec).isEmpty()) {
      metadata = metadata.isEmpty() ? String.valueOf(generation) : metadata + "." + generation;
    }
    return metadata.isEmpty() ? chartVersion : chartVersion + "+" + metadata;
  }

  private static List<String> valuesFiles(HelmChartSpec spec) {
    return spec.getValuesFiles() == null ? List.of() : spec.getValuesFiles();
  }

  private static byte[] yaml(ObjectNode values) throws IOException {
    return HelmYaml.MAPPER.writeValueAsBytes(values);
  }

  private static String stripLeadingSlash(String path) {
    return path.startsWith("/") ? path.substring(1) : path;
  }
}
