package io.fluxjava.notification.alerts;

import io.fluxjava.notification.providers.NotificationException;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers notifications asynchronously: every Provider has its own bounded queue and workers, so a
 * slow or dead Provider only delays itself, never the others nor the event server. A full queue
 * drops the delivery (logged and counted) instead of blocking the caller.
 */
public final class NotificationDispatcher implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(NotificationDispatcher.class);

  private final DispatchPolicy policy;
  private final Map<String, ThreadPoolExecutor> queues = new ConcurrentHashMap<>();
  private final AtomicLong delivered = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();
  private final AtomicLong dropped = new AtomicLong();

  public NotificationDispatcher(DispatchPolicy policy) {
    this.policy = policy;
  }

  /** Queues the delivery; false when the Provider's queue is full and the delivery was dropped. */
  public boolean dispatch(Delivery delivery) {
    try {
      queues
          .computeIfAbsent(delivery.providerKey(), this::newQueue)
          .execute(() -> deliver(delivery));
      return true;
    } catch (RejectedExecutionException e) {
      dropped.incrementAndGet();
      LOG.warn(
          "notification dropped: queue of provider {} is full ({} pending)",
          delivery.providerKey(),
          policy.queueCapacity());
      return false;
    }
  }

  /** Counters since start: delivered, failed after all attempts, dropped on a full queue. */
  public DispatchStats stats() {
    return new DispatchStats(delivered.get(), failed.get(), dropped.get());
  }

  @Override
  public void close() {
    queues.values().forEach(ThreadPoolExecutor::shutdownNow);
  }

  private void deliver(Delivery delivery) {
    for (int attempt = 1; ; attempt++) {
      try {
        delivery.notifier().post(delivery.event());
        delivered.incrementAndGet();
        return;
      } catch (NotificationException e) {
        if (!e.retryable() || attempt >= policy.maxAttempts()) {
          giveUp(delivery, e, attempt);
          return;
        }
        if (!sleep(policy.backoff(attempt).toMillis())) {
          giveUp(delivery, e, attempt);
          return;
        }
      } catch (RuntimeException e) {
        giveUp(
            delivery, new NotificationException(e.getClass().getSimpleName(), false, e), attempt);
        return;
      }
    }
  }

  private void giveUp(Delivery delivery, NotificationException e, int attempts) {
    failed.incrementAndGet();
    LOG.error(
        "failed to send notification to provider {} after {} attempt(s): {}",
        delivery.providerKey(),
        attempts,
        e.getMessage());
    delivery.onFailure().accept(e);
  }

  private static boolean sleep(long millis) {
    try {
      Thread.sleep(millis);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private ThreadPoolExecutor newQueue(String providerKey) {
    ThreadPoolExecutor executor =
        new ThreadPoolExecutor(
            policy.workers(),
            policy.workers(),
            60,
            TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(policy.queueCapacity()),
            namedThreads(providerKey),
            new ThreadPoolExecutor.AbortPolicy());
    // idle Providers give their threads back
    executor.allowCoreThreadTimeOut(true);
    return executor;
  }

  private static ThreadFactory namedThreads(String providerKey) {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, "notify-" + providerKey + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
