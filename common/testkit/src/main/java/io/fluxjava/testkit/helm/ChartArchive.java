package io.fluxjava.testkit.helm;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * Builds a packaged Helm chart ({@code <name>-<version>.tgz}, every file under a {@code <name>/}
 * directory) the way {@code helm package} lays it out, for test repositories and registries.
 */
public final class ChartArchive {

  private final String name;
  private final String version;
  private final Map<String, String> files = new LinkedHashMap<>();

  private ChartArchive(String name, String version) {
    this.name = name;
    this.version = version;
    files.put(
        "Chart.yaml",
        "apiVersion: v2\nname: " + name + "\nversion: " + version + "\ntype: application\n");
    files.put("values.yaml", "replicaCount: 1\n");
    files.put(
        "templates/configmap.yaml",
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}\n");
  }

  /** A minimal valid chart: Chart.yaml, values.yaml and one template. */
  public static ChartArchive of(String name, String version) {
    return new ChartArchive(name, version);
  }

  /** Adds or replaces a file, given relative to the chart directory. */
  public ChartArchive with(String path, String content) {
    files.put(path, content);
    return this;
  }

  public String name() {
    return name;
  }

  public String version() {
    return version;
  }

  /** The file name {@code helm package} gives it. */
  public String fileName() {
    return name + "-" + version + ".tgz";
  }

  /** The gzip-compressed tar bytes. */
  public byte[] bytes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GZIPOutputStream(out))) {
      for (Map.Entry<String, String> file : files.entrySet()) {
        byte[] content = file.getValue().getBytes(StandardCharsets.UTF_8);
        TarArchiveEntry entry = new TarArchiveEntry(name + "/" + file.getKey());
        entry.setSize(content.length);
        entry.setMode(0100644);
        entry.setModTime(0);
        tar.putArchiveEntry(entry);
        tar.write(content);
        tar.closeArchiveEntry();
      }
      tar.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
