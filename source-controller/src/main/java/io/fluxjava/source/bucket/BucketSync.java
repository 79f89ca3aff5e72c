package io.fluxjava.source.bucket;

import io.fluxjava.api.source.BucketSpec;
import io.fluxjava.source.storage.SourceIgnore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Reads a bucket into a working directory: first its root {@code .sourceignore}, then the index of
 * the remaining objects (ignore rules and {@code spec.ignore} applied), then the objects.
 */
final class BucketSync {

  private final BucketObjects objects;
  private final BucketSpec spec;
  private final Path workDir;

  BucketSync(BucketObjects objects, BucketSpec spec, Path workDir) {
    this.objects = objects;
    this.spec = spec;
    this.workDir = workDir;
  }

  /** The index of the objects that belong in the artifact. */
  BucketIndex index() throws IOException {
    String bucket = spec.getBucketName();
    if (!objects.exists(bucket)) {
      throw new IOException("bucket '" + bucket + "' not found");
    }
    objects.download(bucket, SourceIgnore.IGNORE_FILE, workDir.resolve(SourceIgnore.IGNORE_FILE));
    SourceIgnore ignore = SourceIgnore.load(workDir, spec.getIgnore());
    BucketIndex index = new BucketIndex();
    objects.visit(
        bucket,
        spec.getPrefix(),
        (key, etag) -> {
          if (!key.endsWith("/")
              && !key.equals(SourceIgnore.IGNORE_FILE)
              && !ignore.isIgnored(key, false)) {
            index.add(key, etag);
          }
        });
    Files.deleteIfExists(workDir.resolve(SourceIgnore.IGNORE_FILE));
    return index;
  }

  /** Downloads every indexed object below the working directory. */
  void download(BucketIndex index) throws IOException {
    Path root = workDir.toRealPath();
    for (Map.Entry<String, String> entry : index.entries().entrySet()) {
      Path target = root.resolve(entry.getKey()).normalize();
      if (!target.startsWith(root) || target.equals(root)) {
        throw new IOException("object key '" + entry.getKey() + "' escapes the bucket root");
      }
      if (!objects.download(spec.getBucketName(), entry.getKey(), target)) {
        throw new IOException("object '" + entry.getKey() + "' disappeared during the download");
      }
    }
  }
}
