package io.fluxjava.notification.alerts;

import java.time.Duration;

/**
 * How notifications leave: per Provider a queue of {@code queueCapacity} and {@code workers}
 * threads; each delivery is tried {@code maxAttempts} times with exponential backoff from {@code
 * initialBackoff} up to {@code maxBackoff}.
 */
public record DispatchPolicy(
    int queueCapacity, int workers, int maxAttempts, Duration initialBackoff, Duration maxBackoff) {

  /** Defaults close to upstream's retrying HTTP client (4 retries, 1 s doubling to 30 s). */
  public static DispatchPolicy defaults() {
    return new DispatchPolicy(10_000, 4, 5, Duration.ofSeconds(1), Duration.ofSeconds(30));
  }

  /** The wait before the given retry (1 = first retry). */
  public Duration backoff(int retry) {
    long millis = initialBackoff.toMillis() << Math.min(retry - 1, 20);
    return Duration.ofMillis(Math.min(millis, maxBackoff.toMillis()));
  }
}
