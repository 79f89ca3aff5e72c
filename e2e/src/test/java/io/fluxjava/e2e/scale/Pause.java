package io.fluxjava.e2e.scale;

import java.time.Duration;

/** A sleep that keeps the interrupt flag, for polling loops. */
final class Pause {

  private Pause() {}

  /** Sleeps for {@code duration}, returning early when interrupted. */
  static void of(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
