package io.fluxjava.notification.events;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Lets one event per key through per window ({@code --rate-limit-interval}); repeats inside the
 * window are duplicates and the event server answers them with 429.
 */
public final class DuplicateSuppressor {

  // expired keys are swept after this many admissions, so memory stays bounded by the window
  private static final int SWEEP_EVERY = 4096;

  private final Duration window;
  private final Clock clock;
  private final ConcurrentMap<String, Long> expiries = new ConcurrentHashMap<>();
  private final AtomicInteger admissionsSinceSweep = new AtomicInteger();

  public DuplicateSuppressor(Duration window, Clock clock) {
    this.window = window;
    this.clock = clock;
  }

  /** True the first time a key is seen in the window; false for a duplicate. */
  public boolean admit(String key) {
    long now = clock.millis();
    long expiry = now + window.toMillis();
    boolean[] admitted = {false};
    expiries.compute(
        key,
        (k, current) -> {
          if (current == null || current <= now) {
            admitted[0] = true;
            return expiry;
          }
          return current;
        });
    if (admitted[0] && admissionsSinceSweep.incrementAndGet() >= SWEEP_EVERY) {
      admissionsSinceSweep.set(0);
      expiries.values().removeIf(e -> e <= now);
    }
    return admitted[0];
  }
}
