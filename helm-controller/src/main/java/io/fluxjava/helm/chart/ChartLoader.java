package io.fluxjava.helm.chart;

import io.fluxjava.api.meta.Artifact;
import io.fluxjava.artifact.ArtifactFetcher;
import io.fluxjava.artifact.FetchResult;
import io.fluxjava.helm.storage.StoredRelease;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Downloads a chart artifact (verified against its digest, extracted safely) and reads the chart: a
 * packaged chart holds one {@code <name>/} directory; an OCI artifact may hold the chart at its
 * root.
 */
public final class ChartLoader {

  private final ArtifactFetcher fetcher;

  public ChartLoader(ArtifactFetcher fetcher) {
    this.fetcher = fetcher;
  }

  /**
   * Fetches and reads the chart into {@code workDir}; empty when the artifact is gone (404).
   *
   * @throws IOException when the download, digest check or extraction fails
   */
  public Optional<LoadedChart> load(Artifact artifact, Path workDir) throws IOException {
    FetchResult result = fetcher.fetch(artifact.getUrl(), artifact.getDigest(), workDir);
    if (result instanceof FetchResult.NotFound) {
      return Optional.empty();
    }
    Path chartDir = chartDir(((FetchResult.Extracted) result).dir());
    return Optional.of(read(chartDir));
  }

  /** Reads a chart directory. */
  public static LoadedChart read(Path chartDir) throws IOException {
    Map<String, Object> metadata = yamlMap(chartDir.resolve("Chart.yaml"));
    Path valuesFile = chartDir.resolve("values.yaml");
    Map<String, Object> values = Files.exists(valuesFile) ? yamlMap(valuesFile) : Map.of();
    return new LoadedChart(chartDir, metadata, values, templates(chartDir));
  }

  private static Path chartDir(Path extracted) throws IOException {
    if (Files.exists(extracted.resolve("Chart.yaml"))) {
      return extracted;
    }
    try (Stream<Path> children = Files.list(extracted)) {
      return children
          .filter(dir -> Files.exists(dir.resolve("Chart.yaml")))
          .findFirst()
          .orElseThrow(() -> new IOException("no Chart.yaml found in the artifact"));
    }
  }

  private static List<StoredRelease.ChartFile> templates(Path chartDir) throws IOException {
    Path templates = chartDir.resolve("templates");
    if (!Files.isDirectory(templates)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(templates)) {
      return files
          .filter(Files::isRegularFile)
          .sorted()
          .map(
              file ->
                  new StoredRelease.ChartFile(chartDir.relativize(file).toString(), bytes(file)))
          .toList();
    }
  }

  private static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> yamlMap(Path file) throws IOException {
    Object loaded = new Load(LoadSettings.builder().build()).loadFromString(Files.readString(file));
    if (loaded == null) {
      return Map.of();
    }
    if (!(loaded instanceof Map<?, ?>)) {
      throw new IOException(file.getFileName() + " is not a YAML map");
    }
    return (Map<String, Object>) loaded;
  }
}
