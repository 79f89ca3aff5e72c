package io.fluxjava.artifact;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * One user's hold on an extracted artifact of {@link ExtractedArtifactCache}: the shared tree is
 * read-only; what a user must write goes into its own work directory, deleted when the lease is
 * closed. While any lease is open the tree stays on disk.
 */
public final class ArtifactLease implements AutoCloseable {

  private final ExtractedArtifactCache.Entry entry;
  private Path workDir;
  private boolean closed;

  ArtifactLease(ExtractedArtifactCache.Entry entry) {
    this.entry = entry;
  }

  /** The artifact's extracted files, shared with every other lease of the same digest. */
  public Path root() {
    return entry.tree();
  }

  /**
   * This lease's private, initially empty directory. It sits beside {@link #root()} in the same
   * parent, so a file written here can name the artifact's files by relative paths ({@code
   * ../...}).
   */
  public Path workDir() throws IOException {
    if (workDir == null) {
      workDir = Files.createTempDirectory(entry.dir(), "work-");
    }
    return workDir;
  }

  /**
   * A writable copy of the whole tree inside {@link #workDir()}, for users that must change the
   * artifact's files; costs a copy of every file, so only for what cannot be done beside the tree.
   */
  public Path privateCopy() throws IOException {
    Path copy = workDir().resolve("tree");
    Path source = root();
    Files.walkFileTree(
        source,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
              throws IOException {
            Files.createDirectories(copy.resolve(source.relativize(dir).toString()));
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            Path target = copy.resolve(source.relativize(file).toString());
            // symlinks stay links: the extractor verified they resolve inside the tree
            Files.copy(file, target, LinkOption.NOFOLLOW_LINKS);
            if (!attrs.isSymbolicLink()) {
              target.toFile().setWritable(true, true);
            }
            return FileVisitResult.CONTINUE;
          }
        });
    return copy;
  }

  /** Deletes the work directory and releases the tree (deleted once evicted and unused). */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (workDir != null) {
      Trees.delete(workDir);
    }
    entry.release();
  }
}
