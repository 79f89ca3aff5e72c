package io.fluxjava.testkit.oci;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/** A gzip-compressed tarball of text files, as the layer {@code flux push artifact} writes. */
public final class ContentTarball {

  /** The media type of Flux's content layer. */
  public static final String FLUX_CONTENT_LAYER = "application/vnd.cncf.flux.content.v1.tar+gzip";

  /** The config media type of Flux artifacts. */
  public static final String FLUX_CONFIG = "application/vnd.cncf.flux.config.v1+json";

  private ContentTarball() {}

  /** The tarball of {@code files} (path → UTF-8 content), in path order. */
  public static byte[] of(Map<String, String> files) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GZIPOutputStream(out))) {
      for (Map.Entry<String, String> file : new TreeMap<>(files).entrySet()) {
        byte[] content = file.getValue().getBytes(StandardCharsets.UTF_8);
        TarArchiveEntry entry = new TarArchiveEntry(file.getKey());
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
