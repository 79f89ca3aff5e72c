package io.fluxjava.source.git;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilterGroup;

/**
 * Writes the tree of a commit to a directory straight from the object database (no index, no
 * working-tree bookkeeping), limited to the sparse-checkout directories when any are given.
 * Symlinks are not written: artifacts never contain them.
 */
final class TreeWriter {

  private final Repository repository;
  private final List<String> sparseDirectories;

  TreeWriter(Repository repository, List<String> sparseDirectories) {
    this.repository = repository;
    this.sparseDirectories =
        sparseDirectories.stream()
            .map(dir -> dir.replaceAll("^\\./", "").replaceAll("^/+|/+$", ""))
            .filter(dir -> !dir.isEmpty())
            .toList();
  }

  /** Writes the files and returns the submodule links (gitlinks) found, with their commits. */
  List<Gitlink> write(RevCommit commit, Path target) throws IOException {
    List<Gitlink> gitlinks = new ArrayList<>();
    Files.createDirectories(target);
    try (ObjectReader reader = repository.newObjectReader();
        TreeWalk walk = new TreeWalk(repository, reader)) {
      walk.addTree(commit.getTree());
      walk.setRecursive(true);
      if (!sparseDirectories.isEmpty()) {
        walk.setFilter(PathFilterGroup.createFromStrings(sparseDirectories));
      }
      while (walk.next()) {
        FileMode mode = walk.getFileMode(0);
        String path = walk.getPathString();
        if (mode == FileMode.GITLINK) {
          gitlinks.add(new Gitlink(path, walk.getObjectId(0)));
        } else if (mode == FileMode.REGULAR_FILE || mode == FileMode.EXECUTABLE_FILE) {
          writeBlob(
              reader, walk.getObjectId(0), inside(target, path), mode == FileMode.EXECUTABLE_FILE);
        }
      }
    }
    return gitlinks;
  }

  // Tree entries come from the remote; a crafted name must not lead out of the target.
  private static Path inside(Path target, String path) throws IOException {
    Path file = target.resolve(path).normalize();
    if (!file.startsWith(target.normalize())) {
      throw new GitException(GitException.Kind.OPERATION, "refusing tree entry '" + path + "'");
    }
    return file;
  }

  private static void writeBlob(ObjectReader reader, ObjectId blob, Path file, boolean executable)
      throws IOException {
    Files.createDirectories(file.getParent());
    try (OutputStream out = Files.newOutputStream(file)) {
      reader.open(blob).copyTo(out);
    }
    if (executable) {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  /** A submodule entry of a tree: its path and the commit it pins. */
  record Gitlink(String path, ObjectId commit) {}
}
