package io.fluxjava.source.storage;

import java.time.Duration;

/**
 * How many old artifact files an object keeps ({@code --artifact-retention-records}) and for how
 * long ({@code --artifact-retention-ttl}).
 */
public record RetentionPolicy(Duration ttl, int records) {

  /** Upstream's defaults: one minute, two files. */
  public static final RetentionPolicy DEFAULT = new RetentionPolicy(Duration.ofMinutes(1), 2);

  public RetentionPolicy {
    if (ttl.isNegative() || records < 1) {
      throw new IllegalArgumentException(
          "retention needs a non-negative TTL and at least one record");
    }
  }
}
