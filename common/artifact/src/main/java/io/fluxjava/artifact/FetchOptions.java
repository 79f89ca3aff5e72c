package io.fluxjava.artifact;

import java.time.Duration;

/**
 * Limits and retries of {@link ArtifactFetcher}.
 *
 * @param maxDownloadBytes the largest artifact file accepted
 * @param maxExtractedBytes the most bytes extraction may write (guards against gzip bombs)
 * @param retries how many times a connection error or 5xx answer is retried ({@code --http-retry})
 * @param retryWait the wait before the first retry; it doubles up to 30 s
 * @param timeout the time allowed for one HTTP request
 */
public record FetchOptions(
    long maxDownloadBytes,
    long maxExtractedBytes,
    int retries,
    Duration retryWait,
    Duration timeout) {

  /** 1 GiB download, 4 GiB extracted, 9 retries from 5 s, 2 min per request. */
  public static final FetchOptions DEFAULT =
      new FetchOptions(1L << 30, 4L << 30, 9, Duration.ofSeconds(5), Duration.ofMinutes(2));

  /** The same options with another retry count and first wait. */
  public FetchOptions withRetries(int count, Duration wait) {
    return new FetchOptions(maxDownloadBytes, maxExtractedBytes, count, wait, timeout);
  }

  /** The same options with other size limits. */
  public FetchOptions withLimits(long downloadBytes, long extractedBytes) {
    return new FetchOptions(downloadBytes, extractedBytes, retries, retryWait, timeout);
  }
}
