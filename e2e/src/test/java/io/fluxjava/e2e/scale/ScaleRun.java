package io.fluxjava.e2e.scale;

import java.time.Duration;
import java.util.Map;

/**
 * One measured run: N objects of one kind, the direct-apply floor, the time until all were Ready
 * (or how many were Ready when the bound ran out), and each process's peak memory and CPU time.
 */
record ScaleRun(
    String kind,
    int n,
    Duration directApply,
    Duration toReady,
    int ready,
    Map<String, Footprint> footprints) {

  /** Peak resident memory over the process's life and CPU seconds spent during the run. */
  record Footprint(double peakRssMib, double cpuSeconds) {}

  /** Every object became Ready within the bound. */
  boolean complete() {
    return ready == n;
  }

  /** All-Ready time over the direct-apply time. */
  double ratio() {
    return toReady.toMillis() / (double) Math.max(1, directApply.toMillis());
  }
}
