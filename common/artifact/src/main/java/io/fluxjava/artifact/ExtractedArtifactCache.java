package io.fluxjava.artifact;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Downloads and extracts each artifact once per digest and shares the extracted tree, read-only,
 * between everyone reconciling the same revision: with one GitRepository serving N Kustomizations,
 * a new revision costs one download instead of N. Trees are keyed by digest (the content), kept for
 * the {@code capacity} most recently used digests and deleted once evicted and no longer leased;
 * all of it lives below one base directory, deleted by {@link #close()}.
 */
public final class ExtractedArtifactCache implements AutoCloseable {

  private final ArtifactFetcher fetcher;
  private final Path baseDir;
  private final int capacity;
  private final Map<String, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);

  /**
   * @param baseDir an empty directory the cache owns
   * @param capacity how many digests stay extracted while unused (at least 1)
   */
  public ExtractedArtifactCache(ArtifactFetcher fetcher, Path baseDir, int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1, got " + capacity);
    }
    this.fetcher = fetcher;
    this.baseDir = baseDir;
    this.capacity = capacity;
  }

  /**
   * Leases the extracted artifact with {@code digest}, downloading it from {@code url} when no tree
   * of that digest is cached (callers of the same digest wait for one download). Empty when the
   * server answered 404.
   *
   * @throws IOException when the download, verification or extraction failed (the next call tries
   *     again)
   */
  public Optional<ArtifactLease> acquire(String url, String digest) throws IOException {
    Entry entry;
    boolean mine;
    synchronized (this) {
      entry = entries.get(digest);
      mine = entry == null;
      if (mine) {
        entry = new Entry(digest, Files.createTempDirectory(baseDir, "artifact-"));
        entries.put(digest, entry);
      }
      entry.leases++;
    }
    if (mine) {
      entry.extract(url);
    }
    if (!entry.awaitExtracted()) {
      entry.release();
      return Optional.empty();
    }
    evictOverCapacity();
    return Optional.of(new ArtifactLease(entry));
  }

  /** How many digests are extracted right now (leased or kept). */
  public synchronized int size() {
    return entries.size();
  }

  // Least recently used first; a tree still leased leaves the cache now and the disk on release.
  private synchronized void evictOverCapacity() {
    Iterator<Entry> oldestFirst = entries.values().iterator();
    while (entries.size() > capacity) {
      Entry entry = oldestFirst.next();
      oldestFirst.remove();
      entry.evicted = true;
      if (entry.leases == 0) {
        Trees.delete(entry.dir);
      }
    }
  }

  private synchronized void forget(Entry entry) {
    entries.remove(entry.digest, entry);
    entry.evicted = true;
  }

  /** Deletes every tree; leases still open keep working on files that are gone. */
  @Override
  public synchronized void close() {
    entries.clear();
    Trees.delete(baseDir);
  }

  /** One digest's tree, its download state and how many leases hold it. */
  final class Entry {

    private final String digest;
    private final Path dir;
    private final CompletableFuture<Boolean> extracted = new CompletableFuture<>();
    private int leases;
    private boolean evicted;

    private Entry(String digest, Path dir) {
      this.digest = digest;
      this.dir = dir;
    }

    Path dir() {
      return dir;
    }

    Path tree() {
      return dir.resolve("tree");
    }

    private void extract(String url) {
      try {
        boolean found = fetcher.fetch(url, digest, tree()) instanceof FetchResult.Extracted;
        if (found) {
          Trees.makeReadOnly(tree());
        } else {
          forget(this);
        }
        extracted.complete(found);
      } catch (IOException | RuntimeException | Error e) {
        // waiters of this digest must not hang on a download that died
        forget(this);
        extracted.completeExceptionally(e);
      }
    }

    /** True once extracted, false for 404; rethrows the download's failure. */
    private boolean awaitExtracted() throws IOException {
      try {
        return extracted.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        release();
        throw new ArtifactException("interrupted while waiting for the artifact", e);
      } catch (ExecutionException e) {
        release();
        if (e.getCause() instanceof IOException io) {
          throw io;
        }
        if (e.getCause() instanceof Error error) {
          throw error;
        }
        throw (RuntimeException) e.getCause();
      }
    }

    void release() {
      synchronized (ExtractedArtifactCache.this) {
        leases--;
        if (evicted && leases == 0) {
          Trees.delete(dir);
        }
      }
    }
  }
}
