package io.fluxjava.helm.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The CustomResourceDefinitions a chart ships in {@code crds/} (its own and its subcharts'): plain
 * YAML, never templated, which Helm installs before the templates.
 */
public final class ChartCrds {

  private ChartCrds() {}

  /** Every document under {@code crds/} of the chart and of the subcharts in {@code charts/}. */
  public static List<ManifestDocument> read(Path chartDir) {
    List<ManifestDocument> crds = new ArrayList<>();
    collect(chartDir, chartDir.getFileName().toString(), crds);
    return crds;
  }

  private static void collect(Path chartDir, String sourcePrefix, List<ManifestDocument> crds) {
    readDir(chartDir.resolve("crds"), sourcePrefix + "/crds/", crds);
    Path subcharts = chartDir.resolve("charts");
    if (Files.isDirectory(subcharts)) {
      for (Path sub : list(subcharts)) {
        if (Files.isDirectory(sub)) {
          collect(sub, sourcePrefix + "/charts/" + sub.getFileName(), crds);
        }
      }
    }
  }

  private static void readDir(Path dir, String sourcePrefix, List<ManifestDocument> crds) {
    if (!Files.isDirectory(dir)) {
      return;
    }
    for (Path file : list(dir)) {
      String name = file.getFileName().toString();
      if (Files.isRegularFile(file) && (name.endsWith(".yaml") || name.endsWith(".yml"))) {
        try {
          for (ManifestDocument doc : ManifestParser.parse(Files.readString(file))) {
            crds.add(new ManifestDocument(sourcePrefix + name, doc.object()));
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
  }

  private static List<Path> list(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
