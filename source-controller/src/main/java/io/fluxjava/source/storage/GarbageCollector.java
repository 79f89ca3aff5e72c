package io.fluxjava.source.storage;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Deletes an object's old artifact files: the current one never, others once older than the TTL,
 * then the oldest until at most the retained count is left (the current one included).
 */
final class GarbageCollector {

  /** Upstream stops walking a directory after this many files. */
  private static final int MAX_FILES_WALKED = 1000;

  private static final String LOCK_SUFFIX = ".lock";

  private final Clock clock;

  GarbageCollector(Clock clock) {
    this.clock = clock;
  }

  /** Deletes the garbage next to {@code current} and returns the deleted artifact files. */
  List<Path> collect(Path current, RetentionPolicy policy) throws IOException {
    List<Path> garbage = findGarbage(current, policy);
    for (Path file : garbage) {
      Files.deleteIfExists(file);
      Files.deleteIfExists(file.resolveSibling(file.getFileName() + LOCK_SUFFIX));
    }
    return garbage;
  }

  private List<Path> findGarbage(Path current, RetentionPolicy policy) throws IOException {
    Path dir = current.getParent();
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    List<FileAge> files = listArtifactFiles(dir);
    Instant expiry = clock.instant().minus(policy.ttl());
    List<Path> garbage = new ArrayList<>();
    for (FileAge file : files) {
      if (!file.path.equals(current) && file.modified.isBefore(expiry)) {
        garbage.add(file.path);
      }
    }
    files.sort(Comparator.comparing(FileAge::modified));
    for (FileAge file : files) {
      if (files.size() - garbage.size() <= policy.records()) {
        break;
      }
      if (!file.path.equals(current) && !garbage.contains(file.path)) {
        garbage.add(file.path);
      }
    }
    return garbage;
  }

  private static List<FileAge> listArtifactFiles(Path dir) throws IOException {
    List<FileAge> files = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      for (Path entry : entries) {
        if (files.size() >= MAX_FILES_WALKED) {
          break;
        }
        BasicFileAttributes attrs =
            Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (attrs.isRegularFile() && !entry.getFileName().toString().endsWith(LOCK_SUFFIX)) {
          files.add(new FileAge(entry, attrs.lastModifiedTime().toInstant()));
        }
      }
    }
    return files;
  }

  private record FileAge(Path path, Instant modified) {}
}
