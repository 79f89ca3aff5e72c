package io.fluxjava.source.helm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Parsed repository indexes shared by every HelmChart, keyed by the index artifact's digest: each
 * revision is parsed once however many charts read it (upstream's memory trouble came from
 * re-parsing big indexes per chart). Least recently used indexes are dropped beyond the capacity.
 */
public final class HelmIndexCache {

  private final int capacity;
  private final Map<String, CompletableFuture<HelmIndex>> entries;

  public HelmIndexCache(int capacity) {
    this.capacity = capacity;
    this.entries = new LinkedHashMap<>(16, 0.75f, true);
  }

  /** The parsed index stored at {@code file} with {@code digest}, parsing it on first use. */
  public HelmIndex get(String digest, Path file) throws IOException {
    CompletableFuture<HelmIndex> future;
    boolean owner = false;
    synchronized (entries) {
      future = entries.get(digest);
      if (future == null) {
        future = new CompletableFuture<>();
        entries.put(digest, future);
        owner = true;
        evictBeyondCapacity();
      }
    }
    if (owner) {
      // Parsed outside the lock so that charts of other repositories are not held up.
      try (InputStream in = Files.newInputStream(file)) {
        future.complete(HelmIndex.parse(in));
      } catch (IOException | RuntimeException e) {
        synchronized (entries) {
          entries.remove(digest);
        }
        future.completeExceptionally(e);
      }
    }
    return await(future);
  }

  /** How many parsed indexes are held. */
  public int size() {
    synchronized (entries) {
      return entries.size();
    }
  }

  private void evictBeyondCapacity() {
    var oldest = entries.keySet().iterator();
    while (entries.size() > capacity && oldest.hasNext()) {
      oldest.next();
      oldest.remove();
    }
  }

  private static HelmIndex await(CompletableFuture<HelmIndex> future) throws IOException {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while loading the index", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      if (e.getCause() instanceof UncheckedIOException unchecked) {
        throw unchecked.getCause();
      }
      throw new IOException("failed to load index: " + e.getCause().getMessage(), e.getCause());
    }
  }
}
