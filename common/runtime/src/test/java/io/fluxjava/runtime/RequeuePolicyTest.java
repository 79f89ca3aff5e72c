package io.fluxjava.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RequeuePolicyTest {

  private final RequeuePolicy policy =
      new RequeuePolicy(5, Duration.ofMillis(750), Duration.ofMinutes(15), new Random(42));

  @Test
  void jitterStaysWithinFivePercent() {
    for (int i = 0; i < 1000; i++) {
      assertThat(policy.jitter(Duration.ofMinutes(10)))
          .isBetween(Duration.ofSeconds(570), Duration.ofSeconds(630));
    }
  }

  @Test
  void backoffDoublesFromMinimumUpToMaximum() {
    assertThat(policy.backoff(1)).isEqualTo(Duration.ofMillis(750));
    assertThat(policy.backoff(2)).isEqualTo(Duration.ofMillis(1500));
    assertThat(policy.backoff(5)).isEqualTo(Duration.ofSeconds(12));
    assertThat(policy.backoff(40)).isEqualTo(Duration.ofMinutes(15));
  }
}
