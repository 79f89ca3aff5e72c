package io.fluxjava.runtime.events;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * POSTs event JSON to notification-controller with upstream's retry policy: 5 s timeout, up to 4
 * retries with exponential waits on connection errors and 5xx, never on 429 (a duplicate).
 */
final class EventPoster {

  private static final Logger LOG = LoggerFactory.getLogger(EventPoster.class);
  private static final Duration TIMEOUT = Duration.ofSeconds(5);
  private static final int MAX_RETRIES = 4;
  private static final Duration MIN_WAIT = Duration.ofSeconds(1);
  private static final Duration MAX_WAIT = Duration.ofSeconds(30);

  private final URI address;
  private final HttpClient http;
  private final ScheduledExecutorService scheduler;

  EventPoster(String address, ScheduledExecutorService scheduler) {
    this.address = URI.create(address.contains("://") ? address : "http://" + address);
    this.http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    this.scheduler = scheduler;
  }

  /** Sends {@code json} from the scheduler's thread, rescheduling retries instead of sleeping. */
  void post(String json) {
    scheduler.execute(() -> attempt(json, 0));
  }

  private void attempt(String json, int retry) {
    HttpRequest request =
        HttpRequest.newBuilder(address)
            .timeout(TIMEOUT)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build();
    try {
      int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
      if (status >= 500 && status != 501) {
        retryOrGiveUp(json, retry, "HTTP " + status);
      } else if (status == 429) {
        LOG.debug("event dropped as duplicate by {}", address);
      } else if (status >= 300) {
        LOG.error("posting event to {} failed: HTTP {}", address, status);
      }
    } catch (IOException e) {
      retryOrGiveUp(json, retry, e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void retryOrGiveUp(String json, int retry, String error) {
    if (retry >= MAX_RETRIES || scheduler.isShutdown()) {
      LOG.error("posting event to {} failed after {} retries: {}", address, retry, error);
      return;
    }
    long wait = Math.min(MIN_WAIT.toMillis() << retry, MAX_WAIT.toMillis());
    scheduler.schedule(() -> attempt(json, retry + 1), wait, TimeUnit.MILLISECONDS);
  }
}
