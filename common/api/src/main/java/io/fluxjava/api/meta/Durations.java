package io.fluxjava.api.meta;

/** Validation patterns of the duration strings (Go {@code time.Duration} syntax) used in specs. */
public final class Durations {

  /** A duration such as {@code 1h30m}, {@code 10m} or {@code 500ms}. */
  public static final String PATTERN = "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$";

  /** A timeout such as {@code 60s}; source timeouts do not accept hours. */
  public static final String TIMEOUT_PATTERN = "^([0-9]+(\\.[0-9]+)?(ms|s|m))+$";

  private Durations() {}
}
