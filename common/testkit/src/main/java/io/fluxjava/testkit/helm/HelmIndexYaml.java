package io.fluxjava.testkit.helm;

import java.util.List;

/** Writes a Helm repository {@code index.yaml} as {@code helm repo index} lays it out. */
public final class HelmIndexYaml {

  /** One chart version of an index: its name, version, download URL and sha256 digest. */
  public record Entry(String name, String version, String url, String digest) {}

  private HelmIndexYaml() {}

  /** The index document listing {@code entries}, grouped by chart name in the given order. */
  public static String write(List<Entry> entries) {
    StringBuilder yaml = new StringBuilder("apiVersion: v1\nentries:\n");
    String current = null;
    for (Entry entry : entries) {
      if (!entry.name().equals(current)) {
        current = entry.name();
        yaml.append("  ").append(current).append(":\n");
      }
      yaml.append("  - apiVersion: v2\n")
          .append("    name: ")
          .append(entry.name())
          .append('\n')
          .append("    version: ")
          .append(entry.version())
          .append('\n')
          .append("    description: A Helm chart for Kubernetes\n")
          .append("    created: \"2026-11-28T12:00:00Z\"\n")
          .append("    digest: ")
          .append(entry.digest())
          .append('\n')
          .append("    urls:\n    - ")
          .append(entry.url())
          .append('\n');
    }
    return yaml.append("generated: \"2026-11-28T12:00:00Z\"\n").toString();
  }

  /**
   * A synthetic index of {@code charts} charts with {@code versions} versions each ({@code 1.0.0},
   * {@code 1.0.1}, …), for size and parsing tests; the URLs point nowhere.
   */
  public static String synthetic(int charts, int versions) {
    List<Entry> entries =
        java.util.stream.IntStream.range(0, charts)
            .boxed()
            .flatMap(
                c ->
                    java.util.stream.IntStream.range(0, versions)
                        .mapToObj(
                            v ->
                                new Entry(
                                    "chart-" + c,
                                    "1." + (v / 100) + "." + (v % 100),
                                    "charts/chart-" + c + "-" + v + ".tgz",
                                    String.format("%064x", (long) c * versions + v))))
            .toList();
    return write(entries);
  }
}
