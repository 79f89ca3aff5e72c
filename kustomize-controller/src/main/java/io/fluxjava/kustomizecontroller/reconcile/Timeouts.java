package io.fluxjava.kustomizecontroller.reconcile;

import io.fluxjava.api.kustomize.KustomizationSpec;
import io.fluxjava.runtime.GoDuration;
import java.time.Duration;

/** Upstream's timeout and retry rules for Kustomizations. */
public final class Timeouts {

  private static final Duration FLOOR = Duration.ofSeconds(30);

  private Timeouts() {}

  /** {@code spec.timeout}, else {@code spec.interval} − 30 s; floored at 30 s. */
  public static Duration of(KustomizationSpec spec) {
    Duration timeout =
        spec.getTimeout() != null
            ? GoDuration.parse(spec.getTimeout())
            : GoDuration.parse(spec.getInterval()).minus(FLOOR);
    return timeout.compareTo(FLOOR) < 0 ? FLOOR : timeout;
  }

  /** {@code spec.retryInterval}, else {@code spec.interval}: the wait after a failure. */
  public static Duration retryInterval(KustomizationSpec spec) {
    return GoDuration.parse(
        spec.getRetryInterval() != null ? spec.getRetryInterval() : spec.getInterval());
  }
}
