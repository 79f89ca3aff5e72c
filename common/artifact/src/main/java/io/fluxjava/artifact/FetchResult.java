package io.fluxjava.artifact;

import java.nio.file.Path;

/** What fetching an artifact gave: its extracted files, or "not there yet" (HTTP 404). */
public sealed interface FetchResult permits FetchResult.Extracted, FetchResult.NotFound {

  /** The artifact was downloaded, its digest verified and its files extracted to {@code dir}. */
  record Extracted(Path dir, long downloadedBytes) implements FetchResult {}

  /**
   * The artifact server answered 404: the source has not stored this artifact yet (or it was
   * garbage-collected); consumers retry after {@code --requeue-dependency}.
   */
  record NotFound(String url) implements FetchResult {}
}
