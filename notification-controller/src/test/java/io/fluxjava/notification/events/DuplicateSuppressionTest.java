package io.fluxjava.notification.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DuplicateSuppressionTest {

  private static Event event(String message, Map<String, String> metadata) {
    return new Event(
        new InvolvedObject(
            "Kustomization",
            "flux-system",
            "apps",
            "uid",
            "kustomize.toolkit.fluxcd.io/v1",
            null,
            null),
        "info",
        "2026-08-01T10:00:00Z",
        message,
        "ReconciliationSucceeded",
        metadata,
        "kustomize-controller",
        null);
  }

  private static String key(String message) {
    return EventKey.of(event(message, Map.of()));
  }

  @Test
  void durationsDoNotMakeARepeatNew() {
    assertThat(key("Reconciliation finished in 1.2s, next run in 10m0s"))
        .isEqualTo(key("Reconciliation finished in 980ms, next run in 10m0s"))
        .isEqualTo(key("Reconciliation finished in 1m2.5s, next run in 10m0s"));
    assertThat(key("Health check passed in 2.01s")).isEqualTo(key("Health check passed in 45ms"));
  }

  @Test
  void timestampsDoNotMakeARepeatNew() {
    assertThat(key("artifact stored at 2026-08-01T10:00:00Z"))
        .isEqualTo(key("artifact stored at 2026-08-01T10:05:13.123456Z"));
    assertThat(key("lease renewed 2026-08-01 10:00:00.5 +0000 UTC"))
        .isEqualTo(key("lease renewed 2026-08-01 11:30:00 +0000 UTC"));
  }

  @Test
  void retryCountsDoNotMakeARepeatNew() {
    assertThat(key("fetch failed, retrying in 30s (attempt 3)"))
        .isEqualTo(key("fetch failed, retrying in 1m0s (attempt 4)"));
    assertThat(key("install failed after 2 retries"))
        .isEqualTo(key("install failed after 5 retries"));
  }

  @Test
  void differentMeaningStaysDifferent() {
    assertThat(key("Deployment/default/app1 configured"))
        .isNotEqualTo(key("Deployment/default/app2 configured"));
    assertThat(key("chart version 1.2.3 installed"))
        .isNotEqualTo(key("chart version 1.2.4 installed"));
    assertThat(key("Reconciliation finished in 1.2s"))
        .isNotEqualTo(key("Reconciliation failed in 1.2s"));
  }

  @Test
  void aNewRevisionIsANewEvent() {
    String group = "kustomize.toolkit.fluxcd.io/";
    String first = EventKey.of(event("applied", Map.of(group + "revision", "main@sha1:aaa")));
    String second = EventKey.of(event("applied", Map.of(group + "revision", "main@sha1:bbb")));
    assertThat(first).isNotEqualTo(second);
  }

  @Test
  void admitsOncePerWindow() {
    MutableClock clock = new MutableClock();
    DuplicateSuppressor suppressor = new DuplicateSuppressor(Duration.ofMinutes(5), clock);

    assertThat(suppressor.admit("k")).isTrue();
    assertThat(suppressor.admit("k")).isFalse();
    clock.advance(Duration.ofMinutes(4));
    assertThat(suppressor.admit("k")).isFalse();
    clock.advance(Duration.ofMinutes(2));
    assertThat(suppressor.admit("k")).isTrue();
  }

  /** A clock the test moves by hand. */
  private static final class MutableClock extends Clock {
    private Instant now = Instant.parse("2026-08-01T10:00:00Z");

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
