package io.fluxjava.source.storage;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * Writes a directory as a reproducible gzip-compressed tarball: entries in name order, times
 * zeroed, owner 0 with empty names, modes normalised to 0750 (directories), 0700 (executables) and
 * 0600 (other files). Symlinks and special files are left out, so the same tree always gives the
 * same bytes.
 */
public final class TarballWriter {

  // File type bits (as in st_mode) plus the normalised permissions.
  private static final int DIRECTORY_MODE = 040000 | 0750;
  private static final int EXECUTABLE_MODE = 0100000 | 0700;
  private static final int FILE_MODE = 0100000 | 0600;

  private TarballWriter() {}

  /** Writes every non-ignored regular file and directory below {@code root} to {@code out}. */
  public static void write(Path root, SourceIgnore ignore, OutputStream out) throws IOException {
    // Finished, not closed: the caller owns out.
    ParallelGzipOutputStream gzip = new ParallelGzipOutputStream(out);
    TarArchiveOutputStream tar = new TarArchiveOutputStream(gzip);
    tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
    tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
    writeChildren(root, "", ignore, tar);
    tar.finish();
    gzip.finish();
  }

  private static void writeChildren(
      Path dir, String prefix, SourceIgnore ignore, TarArchiveOutputStream tar) throws IOException {
    for (Path child : sortedChildren(dir)) {
      String name = prefix + child.getFileName();
      PosixFileAttributes attrs =
          Files.readAttributes(child, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      if (attrs.isDirectory()) {
        if (!ignore.isIgnored(name, true)) {
          tar.putArchiveEntry(entry(name + "/", DIRECTORY_MODE, 0));
          tar.closeArchiveEntry();
          writeChildren(child, name + "/", ignore, tar);
        }
      } else if (attrs.isRegularFile() && !ignore.isIgnored(name, false)) {
        int mode =
            attrs.permissions().contains(PosixFilePermission.OWNER_EXECUTE)
                ? EXECUTABLE_MODE
                : FILE_MODE;
        tar.putArchiveEntry(entry(name, mode, attrs.size()));
        Files.copy(child, tar);
        tar.closeArchiveEntry();
      }
    }
  }

  private static List<Path> sortedChildren(Path dir) throws IOException {
    try (Stream<Path> children = Files.list(dir)) {
      return children.sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
    }
  }

  private static TarArchiveEntry entry(String name, int mode, long size) {
    TarArchiveEntry entry = new TarArchiveEntry(name);
    entry.setMode(mode);
    entry.setSize(size);
    entry.setModTime(0);
    entry.setIds(0, 0);
    entry.setNames("", "");
    return entry;
  }
}
