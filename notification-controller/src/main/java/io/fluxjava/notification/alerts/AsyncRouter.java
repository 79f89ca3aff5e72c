package io.fluxjava.notification.alerts;

import io.fluxjava.notification.events.Event;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes accepted events on a few threads of its own, so that the event server answers without
 * waiting for Alert matching (which may read object labels from the API server). The queue is
 * bounded; when it is full the event is dropped and logged rather than blocking the server.
 */
public final class AsyncRouter implements Consumer<Event>, AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(AsyncRouter.class);

  private final Consumer<Event> router;
  private final ThreadPoolExecutor executor;
  private final AtomicLong dropped = new AtomicLong();

  public AsyncRouter(Consumer<Event> router, int threads, int queueCapacity) {
    this.router = router;
    AtomicInteger count = new AtomicInteger();
    this.executor =
        new ThreadPoolExecutor(
            threads,
            threads,
            0,
            TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(queueCapacity),
            runnable -> {
              Thread thread = new Thread(runnable, "event-router-" + count.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
  }

  @Override
  public void accept(Event event) {
    try {
      executor.execute(() -> route(event));
    } catch (RejectedExecutionException e) {
      dropped.incrementAndGet();
      LOG.warn(
          "event of {}/{}/{} dropped: routing queue is full",
          event.involvedObject().kind(),
          event.involvedObject().namespace(),
          event.involvedObject().name());
    }
  }

  /** Events dropped because the routing queue was full. */
  public long dropped() {
    return dropped.get();
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }

  private void route(Event event) {
    try {
      router.accept(event);
    } catch (RuntimeException e) {
      LOG.error(
          "failed to route event of {}/{}/{}: {}",
          event.involvedObject().kind(),
          event.involvedObject().namespace(),
          event.involvedObject().name(),
          e.getMessage());
    }
  }
}
