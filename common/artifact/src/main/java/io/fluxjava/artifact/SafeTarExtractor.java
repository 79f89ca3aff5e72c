package io.fluxjava.artifact;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;

/**
 * Extracts a gzip-compressed tarball into a directory so that nothing lands outside it: absolute
 * and escaping names, device files and FIFOs are refused; symlinks and hard links must point
 * inside; files are never written through an existing symlink; the extracted size is capped.
 */
public final class SafeTarExtractor {

  private static final int BUFFER_SIZE = 64 * 1024;
  private static final int OWNER_EXECUTE = 0100;

  private final long maxExtractedBytes;

  public SafeTarExtractor(long maxExtractedBytes) {
    this.maxExtractedBytes = maxExtractedBytes;
  }

  /** Extracts {@code gzipped} into {@code target}, creating it when missing. */
  public void extract(InputStream gzipped, Path target) throws IOException {
    Files.createDirectories(target);
    Path root = target.toRealPath();
    List<Path> symlinks = new ArrayList<>();
    long written = 0;
    try (TarArchiveInputStream tar =
        new TarArchiveInputStream(new GZIPInputStream(gzipped, BUFFER_SIZE))) {
      for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
        Path dest = destination(root, entry.getName());
        if (dest.equals(root)) {
          continue;
        }
        if (entry.isDirectory()) {
          createDirectoryInside(root, dest);
        } else if (entry.isSymbolicLink()) {
          symlinks.add(createSymlink(root, dest, entry.getLinkName()));
        } else if (entry.isLink()) {
          createHardLinkCopy(root, dest, entry.getLinkName());
        } else if (isRegularFile(entry)) {
          written += writeFile(root, dest, tar, entry.getMode(), maxExtractedBytes - written);
        } else {
          throw new ArtifactException(
              "refusing tar entry '" + entry.getName() + "': not a file, directory or link");
        }
      }
    }
    verifySymlinksStayInside(root, symlinks);
  }

  private static boolean isRegularFile(TarArchiveEntry entry) {
    byte flag = entry.getLinkFlag();
    return flag == TarConstants.LF_NORMAL
        || flag == TarConstants.LF_OLDNORM
        || flag == TarConstants.LF_CONTIG;
  }

  private static Path destination(Path root, String name) throws ArtifactException {
    if (name.isEmpty() || name.indexOf('\0') >= 0 || name.startsWith("/")) {
      throw new ArtifactException("refusing tar entry with absolute or empty name '" + name + "'");
    }
    Path dest = root.resolve(name).normalize();
    if (!dest.startsWith(root)) {
      throw new ArtifactException("refusing tar entry '" + name + "' outside the target directory");
    }
    return dest;
  }

  // Checks the real path, so a directory reached through a symlink cannot lead outside.
  private static void createDirectoryInside(Path root, Path dir) throws IOException {
    Files.createDirectories(dir);
    if (!dir.toRealPath().startsWith(root)) {
      throw new ArtifactException("refusing to write through '" + root.relativize(dir) + "'");
    }
  }

  private static long writeFile(Path root, Path dest, InputStream content, int mode, long budget)
      throws IOException {
    createDirectoryInside(root, dest.getParent());
    Files.deleteIfExists(dest);
    long count = 0;
    // CREATE_NEW never follows a symlink at the final name.
    try (OutputStream out =
        Files.newOutputStream(dest, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      byte[] buffer = new byte[BUFFER_SIZE];
      for (int n = content.read(buffer); n >= 0; n = content.read(buffer)) {
        count += n;
        if (count > budget) {
          throw new ArtifactException("extracted content exceeds the size limit");
        }
        out.write(buffer, 0, n);
      }
    }
    if ((mode & OWNER_EXECUTE) != 0) {
      Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(dest);
      permissions.add(PosixFilePermission.OWNER_EXECUTE);
      Files.setPosixFilePermissions(dest, permissions);
    }
    return count;
  }

  private static Path createSymlink(Path root, Path dest, String linkTarget) throws IOException {
    createDirectoryInside(root, dest.getParent());
    Path target = Path.of(linkTarget);
    if (target.isAbsolute()
        || !dest.getParent().toRealPath().resolve(target).normalize().startsWith(root)) {
      throw new ArtifactException(
          "refusing symlink '" + root.relativize(dest) + "' pointing outside the target directory");
    }
    Files.deleteIfExists(dest);
    Files.createSymbolicLink(dest, target);
    return dest;
  }

  private static void createHardLinkCopy(Path root, Path dest, String linkName) throws IOException {
    Path source = destination(root, linkName);
    if (!Files.isRegularFile(source, LinkOption.NOFOLLOW_LINKS)) {
      throw new ArtifactException("refusing hard link to '" + linkName + "': no such file");
    }
    createDirectoryInside(root, dest.getParent());
    Files.deleteIfExists(dest);
    Files.copy(source, dest);
  }

  // A link that looked safe when made can point elsewhere once later entries add symlinks to its
  // path, so every link is checked again against the finished tree.
  private static void verifySymlinksStayInside(Path root, List<Path> symlinks) throws IOException {
    for (Path link : symlinks) {
      if (Files.exists(link) && !link.toRealPath().startsWith(root)) {
        throw new ArtifactException(
            "refusing symlink '"
                + root.relativize(link)
                + "' pointing outside the target directory");
      }
    }
  }
}
