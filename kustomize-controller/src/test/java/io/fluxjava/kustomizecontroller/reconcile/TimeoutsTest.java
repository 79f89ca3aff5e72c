package io.fluxjava.kustomizecontroller.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import io.fluxjava.api.kustomize.KustomizationSpec;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Upstream's defaults for {@code spec.timeout} and {@code spec.retryInterval}. */
class TimeoutsTest {

  @Test
  void timeoutDefaultsToIntervalMinusThirtySecondsFlooredAtThirty() {
    assertThat(Timeouts.of(spec("10m", null, null))).isEqualTo(Duration.ofSeconds(570));
    assertThat(Timeouts.of(spec("45s", null, null))).isEqualTo(Duration.ofSeconds(30));
    assertThat(Timeouts.of(spec("10m", "2m", null))).isEqualTo(Duration.ofMinutes(2));
    assertThat(Timeouts.of(spec("10m", "5s", null))).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void retryIntervalDefaultsToInterval() {
    assertThat(Timeouts.retryInterval(spec("10m", null, null))).isEqualTo(Duration.ofMinutes(10));
    assertThat(Timeouts.retryInterval(spec("10m", null, "1m"))).isEqualTo(Duration.ofMinutes(1));
  }

  private static KustomizationSpec spec(String interval, String timeout, String retryInterval) {
    KustomizationSpec spec = new KustomizationSpec();
    spec.setInterval(interval);
    spec.setTimeout(timeout);
    spec.setRetryInterval(retryInterval);
    return spec;
  }
}
