package io.fluxjava.source.helm;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fluxjava.artifact.SafeTarExtractor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/** Reads packaged charts ({@code .tgz}): checks one is a chart, and unpacks one. */
final class ChartArchives {

  /** Extracted charts larger than this are refused (upstream's chart file limits are smaller). */
  private static final long MAX_EXTRACTED = 100L * 1024 * 1024;

  private ChartArchives() {}

  /** The Chart.yaml of a packaged chart; fails when the archive is not a Helm chart. */
  static ObjectNode verify(byte[] tgz) throws IOException {
    try (TarArchiveInputStream tar =
        new TarArchiveInputStream(new GZIPInputStream(new ByteArrayInputStream(tgz)))) {
      for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
        String[] parts = entry.getName().split("/");
        if (parts.length == 2 && parts[1].equals(ChartMetadata.FILE)) {
          return ChartMetadata.parse(nonClosing(tar));
        }
      }
    } catch (IOException e) {
      throw new IOException("failed to load chart: " + e.getMessage(), e);
    }
    throw new IOException("failed to load chart: Chart.yaml file is missing");
  }

  /** Unpacks a packaged chart under {@code target}; returns the chart directory. */
  static Path extract(byte[] tgz, Path target, String chartName) throws IOException {
    new SafeTarExtractor(MAX_EXTRACTED).extract(new ByteArrayInputStream(tgz), target);
    return target.resolve(chartName);
  }

  // Jackson closes the stream it reads; the tar stream must stay open for the next entry.
  private static InputStream nonClosing(InputStream in) {
    return new java.io.FilterInputStream(in) {
      @Override
      public void close() {}
    };
  }
}
