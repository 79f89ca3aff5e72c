package io.fluxjava.source.helm;

import io.fluxjava.source.oci.OciManifest;
import io.fluxjava.source.oci.OciReference;
import io.fluxjava.source.oci.RegistryClient;
import io.fluxjava.source.support.SemverRanges;
import java.io.IOException;
import java.io.InputStream;
import java.util.Comparator;
import org.semver4j.Semver;
import org.semver4j.range.RangeList;

/**
 * Pulls charts from an OCI registry ({@code oci://<repo>/<chart>:<version>}): an exact version is
 * used as the tag, a range is resolved against the repository's tags (Helm writes {@code +} as
 * {@code _} in tags).
 */
final class OciCharts {

  /** The media type of the layer that holds the packaged chart. */
  static final String CHART_LAYER = "application/vnd.cncf.helm.chart.content.v1.tar+gzip";

  private final long maxChartSize;

  OciCharts(long maxChartSize) {
    this.maxChartSize = maxChartSize;
  }

  PulledChart pull(RegistryClient client, String repositoryUrl, String chart, String constraint)
      throws ChartBuildException {
    OciReference reference;
    try {
      reference = OciReference.parse(repositoryUrl).child(chart);
    } catch (IllegalArgumentException e) {
      throw ChartBuildException.reference(e.getMessage());
    }
    String version = resolveVersion(client, reference, constraint);
    try {
      OciManifest manifest = client.manifest(reference, version.replace('+', '_'));
      OciManifest.Layer layer =
          manifest.layers().stream()
              .filter(l -> CHART_LAYER.equals(l.mediaType()))
              .findFirst()
              .orElseThrow(
                  () -> new IOException("no Helm chart layer in " + reference + ":" + version));
      if (layer.size() > maxChartSize) {
        throw new IOException(
            "chart exceeds the maximum chart file size of " + maxChartSize + " bytes");
      }
      try (InputStream in = client.blob(reference, layer.digest())) {
        return new PulledChart(chart, version, in.readNBytes((int) layer.size()));
      }
    } catch (IOException e) {
      throw ChartBuildException.pull(
          "failed to pull chart '" + reference + ":" + version + "': " + e.getMessage());
    }
  }

  private static String resolveVersion(
      RegistryClient client, OciReference reference, String constraint) throws ChartBuildException {
    String wanted = constraint == null || constraint.isBlank() ? "*" : constraint.strip();
    if (Semver.parse(wanted) != null) {
      return wanted;
    }
    RangeList range;
    try {
      range = SemverRanges.parse(wanted);
    } catch (IllegalArgumentException e) {
      throw ChartBuildException.reference(e.getMessage());
    }
    try {
      return client.tags(reference).stream()
          .map(tag -> Semver.parse(tag.replace('_', '+')))
          .filter(v -> v != null && range.isSatisfiedBy(v))
          .max(Comparator.naturalOrder())
          .map(Semver::getVersion)
          .orElseThrow(
              () ->
                  ChartBuildException.reference(
                      "could not get a chart version matching '" + wanted + "' in " + reference));
    } catch (IOException e) {
      throw ChartBuildException.reference(
          "failed to list tags of " + reference + ": " + e.getMessage());
    }
  }
}
