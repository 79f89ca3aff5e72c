package io.fluxjava.helm.chart;

import io.fluxjava.helm.storage.StoredRelease;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A chart extracted on disk: its directory, {@code Chart.yaml}, default values and templates (the
 * parts Helm keeps in the release record).
 */
public record LoadedChart(
    Path dir,
    Map<String, Object> metadata,
    Map<String, Object> defaultValues,
    List<StoredRelease.ChartFile> templates) {

  public String name() {
    return String.valueOf(metadata.get("name"));
  }

  public String version() {
    return String.valueOf(metadata.get("version"));
  }

  /** The chart as Helm records it in a release. */
  public StoredRelease.Chart toRecord() {
    return new StoredRelease.Chart(metadata, templates, defaultValues, List.of());
  }
}
