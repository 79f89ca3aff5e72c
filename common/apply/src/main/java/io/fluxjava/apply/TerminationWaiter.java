package io.fluxjava.apply;

import io.fluxjava.apply.inventory.InventoryEntry;
import java.time.Duration;
import java.util.List;

/** Waits until deleted objects are gone, finalizers included. */
public final class TerminationWaiter {

  private final ClusterClient cluster;

  public TerminationWaiter(ClusterClient cluster) {
    this.cluster = cluster;
  }

  /**
   * Returns once none of the objects exists any more.
   *
   * @throws TerminationTimeoutException naming the first object still present at the deadline
   * @throws InterruptedException when the waiting thread is interrupted
   */
  public void waitForTermination(List<InventoryEntry> objects, Duration interval, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    for (InventoryEntry object : objects) {
      while (cluster.get(object).isPresent()) {
        if (System.nanoTime() >= deadline) {
          throw new TerminationTimeoutException(object.id().subject() + " termination timeout");
        }
        Thread.sleep(interval.toMillis());
      }
    }
  }

  /** An object still existed when the wait for its deletion ran out. */
  public static class TerminationTimeoutException extends RuntimeException {
    public TerminationTimeoutException(String message) {
      super(message);
    }
  }
}
