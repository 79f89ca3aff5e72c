package io.fluxjava.source.helm;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * Packages a chart directory as {@code helm package} does: every file under a {@code <name>/}
 * prefix, with the given Chart.yaml (possibly a new version) and, when given, replaced values;
 * entries in name order, symlinks and VCS directories left out.
 */
final class ChartPackager {

  private static final String VALUES = "values.yaml";
  private static final List<String> SKIPPED = List.of(".git", ".hg", ".svn");

  private ChartPackager() {}

  /** The {@code .tgz} bytes of {@code chartDir} with {@code metadata} and optional values. */
  static byte[] pack(Path chartDir, ChartMetadata metadata, byte[] values) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String prefix = metadata.name() + "/";
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GZIPOutputStream(out))) {
      tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
      write(tar, prefix + ChartMetadata.FILE, metadata.toYaml());
      if (values != null) {
        write(tar, prefix + VALUES, values);
      }
      for (Path file : files(chartDir)) {
        String relative = chartDir.relativize(file).toString().replace('\\', '/');
        boolean replaced =
            relative.equals(ChartMetadata.FILE) || (values != null && relative.equals(VALUES));
        if (!replaced) {
          write(tar, prefix + relative, Files.readAllBytes(file));
        }
      }
      tar.finish();
    }
    return out.toByteArray();
  }

  private static List<Path> files(Path chartDir) throws IOException {
    try (Stream<Path> walk = Files.walk(chartDir)) {
      return walk.filter(p -> Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS))
          .filter(p -> SKIPPED.stream().noneMatch(s -> chartDir.relativize(p).startsWith(s)))
          .sorted(Comparator.comparing(Path::toString))
          .toList();
    }
  }

  private static void write(TarArchiveOutputStream tar, String name, byte[] content)
      throws IOException {
    TarArchiveEntry entry = new TarArchiveEntry(name);
    entry.setSize(content.length);
    entry.setMode(0100644);
    entry.setModTime(0);
    tar.putArchiveEntry(entry);
    tar.write(content);
    tar.closeArchiveEntry();
  }
}
