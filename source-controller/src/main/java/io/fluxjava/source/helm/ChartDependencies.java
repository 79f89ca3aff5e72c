package io.fluxjava.source.helm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Vendors a chart's declared dependencies into its {@code charts/} directory before packaging:
 * {@code file://} paths are packaged from the source (recursively), repository dependencies are
 * pulled; dependencies already vendored are kept.
 */
final class ChartDependencies {

  private static final String FILE_SCHEME = "file://";
  private static final String CHARTS = "charts";

  private final RepositoryCharts repositories;

  ChartDependencies(RepositoryCharts repositories) {
    this.repositories = repositories;
  }

  /** Fills {@code chartDir/charts}; {@code sourceRoot} bounds where local paths may point. */
  void build(Path sourceRoot, Path chartDir, ChartMetadata metadata, String namespace)
      throws ChartBuildException {
    try {
      for (ChartMetadata.Dependency dep : metadata.dependencies()) {
        if (isVendored(chartDir, dep.name())) {
          continue;
        }
        PulledChart chart = fetch(sourceRoot, chartDir, dep, namespace);
        Path charts = Files.createDirectories(chartDir.resolve(CHARTS));
        Files.write(charts.resolve(chart.name() + "-" + chart.version() + ".tgz"), chart.archive());
      }
    } catch (IOException e) {
      throw ChartBuildException.dependencies(e.getMessage());
    }
  }

  private PulledChart fetch(
      Path sourceRoot, Path chartDir, ChartMetadata.Dependency dep, String namespace)
      throws IOException, ChartBuildException {
    String repository = dep.repository();
    if (repository.startsWith(FILE_SCHEME)) {
      Path local = chartDir.resolve(repository.substring(FILE_SCHEME.length())).normalize();
      if (!local.startsWith(sourceRoot)) {
        throw new IOException(
            "dependency '" + dep.name() + "' points outside the source: '" + repository + "'");
      }
      ChartMetadata depMetadata = ChartMetadata.read(local);
      build(sourceRoot, local, depMetadata, namespace);
      return new PulledChart(
          depMetadata.name(), depMetadata.version(), ChartPackager.pack(local, depMetadata, null));
    }
    if (repository.isEmpty() || repository.startsWith("@") || repository.startsWith("alias:")) {
      throw new IOException(
          "can't get a valid version for dependency '"
              + dep.name()
              + "': not vendored in charts/ and no repository URL");
    }
    return repositories.pullDependency(namespace, repository, dep.name(), dep.version());
  }

  private static boolean isVendored(Path chartDir, String name) throws IOException {
    Path charts = chartDir.resolve(CHARTS);
    if (!Files.isDirectory(charts)) {
      return false;
    }
    try (Stream<Path> entries = Files.list(charts)) {
      return entries
          .map(p -> p.getFileName().toString())
          .anyMatch(f -> f.equals(name) || (f.startsWith(name + "-") && f.endsWith(".tgz")));
    }
  }
}
