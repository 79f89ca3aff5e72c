package io.fluxjava.source.storage;

import io.fluxjava.artifact.FileTrees;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The artifact store of source-controller: files under {@code <root>/<kind>/<namespace>/<name>/},
 * written atomically with their digest, size and time, served by the artifact HTTP server and
 * garbage-collected per object.
 */
public final class ArtifactStorage {

  /** The link to an object's newest artifact, published as {@code status.url}. */
  public static final String LATEST_LINK = "latest.tar.gz";

  private static final int BUFFER_SIZE = 64 * 1024;

  private final Path root;
  private final ArtifactUrls urls;
  private final DigestAlgorithm algorithm;
  private final Clock clock;
  private final GarbageCollector garbageCollector;

  public ArtifactStorage(Path root, ArtifactUrls urls, DigestAlgorithm algorithm, Clock clock) {
    this.root = root.toAbsolutePath().normalize();
    this.urls = urls;
    this.algorithm = algorithm;
    this.clock = clock;
    this.garbageCollector = new GarbageCollector(clock);
  }

  /** The storage root ({@code --storage-path}). */
  public Path root() {
    return root;
  }

  /** The absolute path of an artifact file. */
  public Path resolve(ArtifactLocation location) {
    return root.resolve(location.relativePath());
  }

  /** The URL an artifact file is served at, from the current advertised address. */
  public String urlFor(ArtifactLocation location) {
    return urls.urlFor(location.relativePath());
  }

  /** Archives {@code sourceDir} as a reproducible tar.gz, leaving out what {@code ignore} says. */
  public StoredArtifact archive(
      ArtifactLocation location, Path sourceDir, SourceIgnore ignore, String revision)
      throws IOException {
    return store(location, revision, out -> TarballWriter.write(sourceDir, ignore, out));
  }

  /**
   * Writes an artifact file atomically (temporary file in the same directory, then rename) under
   * the file's lock, computing digest and size while writing.
   */
  public StoredArtifact store(ArtifactLocation location, String revision, ArtifactContent content)
      throws IOException {
    Path target = resolve(location);
    Files.createDirectories(target.getParent());
    FileChannel lock = lock(target);
    try {
      Path temp = Files.createTempFile(target.getParent(), "." + location.fileName(), ".tmp");
      try {
        MessageDigest digest = algorithm.newDigest();
        long size;
        try (CountingOutputStream counting =
                new CountingOutputStream(Files.newOutputStream(temp, StandardOpenOption.WRITE));
            OutputStream out =
                new BufferedOutputStream(new DigestOutputStream(counting, digest), BUFFER_SIZE)) {
          content.writeTo(out);
          out.flush();
          size = counting.count();
        }
        Files.move(
            temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return new StoredArtifact(
            location.relativePath(),
            urlFor(location),
            revision,
            algorithm.format(digest.digest()),
            now(),
            size);
      } finally {
        Files.deleteIfExists(temp);
      }
    } finally {
      lock.close();
    }
  }

  /**
   * Points the link {@code linkName} ({@link #LATEST_LINK}, or {@code index.yaml} for Helm
   * repositories) in the object's directory at {@code target}, atomically, and returns the link's
   * URL, as upstream's {@code status.url}.
   */
  public String linkLatest(ArtifactLocation target, String linkName) throws IOException {
    ArtifactLocation latest = target.withFileName(linkName);
    Path link = resolve(latest);
    Path temp = link.resolveSibling("." + linkName + ".tmp");
    Files.deleteIfExists(temp);
    Files.createSymbolicLink(temp, Path.of(target.fileName()));
    Files.move(temp, link, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    return urlFor(latest);
  }

  /** Whether the file of {@code artifact} exists and its bytes still have the recorded digest. */
  public boolean isIntact(StoredArtifact artifact) throws IOException {
    Path file = root.resolve(artifact.path()).normalize();
    if (!file.startsWith(root) || !Files.isRegularFile(file)) {
      return false;
    }
    DigestAlgorithm recorded = DigestAlgorithm.ofDigest(artifact.digest());
    MessageDigest digest = recorded.newDigest();
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buffer = new byte[BUFFER_SIZE];
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        digest.update(buffer, 0, n);
      }
    }
    return recorded.format(digest.digest()).equals(artifact.digest());
  }

  /** The same artifact with its URL rebuilt from the current advertised address. */
  public StoredArtifact withCurrentUrl(StoredArtifact artifact) {
    return new StoredArtifact(
        artifact.path(),
        urls.urlFor(artifact.path()),
        artifact.revision(),
        artifact.digest(),
        artifact.lastUpdateTime(),
        artifact.size());
  }

  /** Deletes the object's old files per {@code policy}, never {@code current}. */
  public List<Path> garbageCollect(ArtifactLocation current, RetentionPolicy policy)
      throws IOException {
    return garbageCollector.collect(resolve(current), policy);
  }

  /** Deletes every file of an object (when the object is deleted). */
  public void removeAll(String kind, String namespace, String name) throws IOException {
    FileTrees.deleteRecursively(
        root.resolve(ArtifactLocation.objectDirectory(kind, namespace, name)));
  }

  // Closing the returned channel releases the lock.
  private static FileChannel lock(Path target) throws IOException {
    FileChannel channel =
        FileChannel.open(
            target.resolveSibling(target.getFileName() + ".lock"),
            StandardOpenOption.CREATE,
            StandardOpenOption.WRITE);
    try {
      channel.lock();
      return channel;
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  // Kubernetes times have second precision; truncating keeps status patches stable.
  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.SECONDS);
  }
}
