package io.fluxjava.notification.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fluxjava.notification.providers.NotificationException;
import io.fluxjava.notification.providers.Notifier;
import io.fluxjava.notification.providers.NotifierFactory;
import io.fluxjava.notification.providers.ProviderSettings;
import io.fluxjava.notification.providers.RecordingServer;
import io.fluxjava.notification.providers.TestEvents;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class NotificationDispatcherTest {

  private static final DispatchPolicy FAST_RETRIES =
      new DispatchPolicy(100, 2, 4, Duration.ofMillis(10), Duration.ofMillis(40));

  @Test
  void retriesServerErrorsWithBackoffUntilDelivered() throws Exception {
    try (RecordingServer server = RecordingServer.start().respondWith(500, 502, 200);
        NotificationDispatcher dispatcher = new NotificationDispatcher(FAST_RETRIES)) {
      List<NotificationException> failures = new CopyOnWriteArrayList<>();

      dispatcher.dispatch(
          new Delivery("ns/webhook", generic(server), TestEvents.succeeded(), failures::add));

      await().atMost(Duration.ofSeconds(5)).until(() -> dispatcher.stats().delivered() == 1);
      assertThat(server.requests()).hasSize(3);
      assertThat(failures).isEmpty();
    }
  }

  @Test
  void givesUpAfterMaxAttemptsAndReportsTheFailure() throws Exception {
    try (RecordingServer server = RecordingServer.start().respondWith(500);
        NotificationDispatcher dispatcher = new NotificationDispatcher(FAST_RETRIES)) {
      List<NotificationException> failures = new CopyOnWriteArrayList<>();

      dispatcher.dispatch(
          new Delivery("ns/webhook", generic(server), TestEvents.succeeded(), failures::add));

      await().atMost(Duration.ofSeconds(5)).until(() -> failures.size() == 1);
      assertThat(server.requests()).hasSize(4);
      assertThat(dispatcher.stats().failed()).isEqualTo(1);
    }
  }

  @Test
  void doesNotRetryClientErrors() throws Exception {
    try (RecordingServer server = RecordingServer.start().respondWith(401);
        NotificationDispatcher dispatcher = new NotificationDispatcher(FAST_RETRIES)) {
      List<NotificationException> failures = new CopyOnWriteArrayList<>();

      dispatcher.dispatch(
          new Delivery("ns/webhook", generic(server), TestEvents.succeeded(), failures::add));

      await().atMost(Duration.ofSeconds(5)).until(() -> failures.size() == 1);
      assertThat(server.requests()).hasSize(1);
    }
  }

  @Test
  void aDeadProviderDoesNotDelayALiveOne() throws Exception {
    DispatchPolicy policy =
        new DispatchPolicy(100, 1, 3, Duration.ofSeconds(1), Duration.ofSeconds(1));
    try (RecordingServer slow = RecordingServer.start().delay(Duration.ofSeconds(3));
        RecordingServer live = RecordingServer.start();
        NotificationDispatcher dispatcher = new NotificationDispatcher(policy)) {
      Notifier dead =
          event -> {
            throw new NotificationException("connection refused", true);
          };
      for (int i = 0; i < 5; i++) {
        dispatcher.dispatch(new Delivery("ns/dead", dead, TestEvents.failed(), e -> {}));
        dispatcher.dispatch(new Delivery("ns/slow", generic(slow), TestEvents.failed(), e -> {}));
      }

      long start = System.nanoTime();
      dispatcher.dispatch(new Delivery("ns/live", generic(live), TestEvents.failed(), e -> {}));
      await().atMost(Duration.ofSeconds(2)).until(() -> live.requests().size() == 1);

      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }
  }

  @Test
  void dropsWhenAProviderQueueIsFullInsteadOfBlocking() throws Exception {
    DispatchPolicy tiny = new DispatchPolicy(1, 1, 1, Duration.ofMillis(1), Duration.ofMillis(1));
    try (RecordingServer slow = RecordingServer.start().delay(Duration.ofMillis(500));
        NotificationDispatcher dispatcher = new NotificationDispatcher(tiny)) {
      Notifier notifier = generic(slow);
      boolean first =
          dispatcher.dispatch(new Delivery("ns/slow", notifier, TestEvents.failed(), e -> {}));
      await().atMost(Duration.ofSeconds(2)).until(() -> slow.requests().size() == 1);
      boolean queued =
          dispatcher.dispatch(new Delivery("ns/slow", notifier, TestEvents.failed(), e -> {}));
      boolean third =
          dispatcher.dispatch(new Delivery("ns/slow", notifier, TestEvents.failed(), e -> {}));

      assertThat(List.of(first, queued, third)).containsExactly(true, true, false);
      assertThat(dispatcher.stats().dropped()).isEqualTo(1);
    }
  }

  private static Notifier generic(RecordingServer server) {
    return NotifierFactory.create(ProviderSettings.of("generic", server.url("/hook")));
  }
}
