package io.fluxjava.notification.events;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Upstream's request metrics of the event server ({@code gotk_event_http_*}) and the webhook
 * receiver ({@code gotk_receiver_http_*}): request duration by method and status code, and requests
 * in flight. The 429 rate of the event server is the duplicate rate.
 */
public final class HttpServerMetrics {

  /** Prefix of the event server's metrics. */
  public static final String EVENTS = "gotk.event.http";

  /** Prefix of the webhook receiver's metrics. */
  public static final String RECEIVER = "gotk.receiver.http";

  private final MeterRegistry registry;
  private final String prefix;
  private final AtomicInteger inflight = new AtomicInteger();

  public HttpServerMetrics(MeterRegistry registry, String prefix) {
    this.registry = registry;
    this.prefix = prefix;
    Gauge.builder(prefix + ".requests.inflight", inflight, AtomicInteger::get)
        .tag("handler", "")
        .tag("service", "")
        .register(registry);
  }

  /** Marks a request as started; pass the result to {@link #finished}. */
  public long started() {
    inflight.incrementAndGet();
    return System.nanoTime();
  }

  /** Records a finished request. */
  public void finished(long startedNanos, String method, int status) {
    inflight.decrementAndGet();
    Timer.builder(prefix + ".request.duration")
        .tag("handler", "")
        .tag("service", "")
        .tag("method", method)
        .tag("code", Integer.toString(status))
        .publishPercentileHistogram()
        .register(registry)
        .record(Duration.ofNanos(System.nanoTime() - startedNanos));
  }
}
