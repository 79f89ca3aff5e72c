package io.fluxjava.runtime;

import java.time.Duration;
import java.util.random.RandomGenerator;

/** When to look at an object again: jittered intervals after success, backoff after failures. */
public final class RequeuePolicy {

  private final int jitterPercent;
  private final Duration minRetryDelay;
  private final Duration maxRetryDelay;
  private final RandomGenerator random;

  public RequeuePolicy(
      int jitterPercent, Duration minRetryDelay, Duration maxRetryDelay, RandomGenerator random) {
    this.jitterPercent = jitterPercent;
    this.minRetryDelay = minRetryDelay;
    this.maxRetryDelay = maxRetryDelay;
    this.random = random;
  }

  /** {@code interval} moved by a random amount within ±{@code jitterPercent}. */
  public Duration jitter(Duration interval) {
    double factor = 1 + (random.nextDouble() * 2 - 1) * jitterPercent / 100.0;
    return Duration.ofMillis(Math.round(interval.toMillis() * factor));
  }

  /**
   * The wait after the {@code failures}-th consecutive failure (1-based): doubles up to the max.
   */
  public Duration backoff(int failures) {
    int doublings = Math.min(Math.max(failures - 1, 0), 30);
    Duration delay = minRetryDelay.multipliedBy(1L << doublings);
    return delay.compareTo(maxRetryDelay) > 0 ? maxRetryDelay : delay;
  }
}
