package io.fluxjava.source.bucket;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.BiConsumer;

/** The object-store operations a Bucket source needs, whatever the provider. */
interface BucketObjects extends AutoCloseable {

  /** Whether the bucket exists and is reachable with the given credentials. */
  boolean exists(String bucket) throws IOException;

  /** Calls {@code visitor} with (key, etag) for every object under {@code prefix}. */
  void visit(String bucket, String prefix, BiConsumer<String, String> visitor) throws IOException;

  /** Downloads one object to {@code target}; false when it does not exist. */
  boolean download(String bucket, String key, Path target) throws IOException;

  @Override
  void close();
}
