package io.fluxjava.apply.health;

import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fluxjava.apply.ClusterClient;
import io.fluxjava.apply.ObjectId;
import io.fluxjava.apply.Unstructured;
import io.fluxjava.apply.inventory.InventoryEntry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Polls objects until all are Current, one is Failed (with fail-fast), or time runs out; then names
 * every object that is not healthy and why.
 */
public final class HealthPoller {

  private final ClusterClient cluster;
  private final StatusReader reader;

  public HealthPoller(ClusterClient cluster, StatusReader reader) {
    this.cluster = cluster;
    this.reader = reader;
  }

  /** The current status of each object, read once. */
  public Map<ObjectId, StatusResult> check(List<InventoryEntry> objects) {
    Map<ObjectId, StatusResult> statuses = new LinkedHashMap<>();
    for (InventoryEntry object : objects) {
      statuses.put(object.id(), statusOf(object));
    }
    return statuses;
  }

  /**
   * Returns once every object is Current.
   *
   * @throws HealthCheckException on timeout, or on the first Failed object with fail-fast
   * @throws InterruptedException when the waiting thread is interrupted
   */
  public void waitForCurrent(List<InventoryEntry> objects, WaitOptions options)
      throws InterruptedException {
    waitForCurrent(objects, Set.of(), options);
  }

  /**
   * Like {@link #waitForCurrent(List, WaitOptions)}, counting the given objects as Current once
   * they are gone: Jobs with {@code ttlSecondsAfterFinished} are deleted by Kubernetes when done
   * (see {@link JobsWithTtl}).
   */
  public void waitForCurrent(
      List<InventoryEntry> objects, Set<ObjectId> goneWhenFinished, WaitOptions options)
      throws InterruptedException {
    long deadline = System.nanoTime() + options.timeout().toNanos();
    while (true) {
      Map<ObjectId, StatusResult> unhealthy = unhealthy(check(objects), goneWhenFinished);
      if (unhealthy.isEmpty()) {
        return;
      }
      boolean failed = unhealthy.values().stream().anyMatch(s -> s.status() == HealthStatus.FAILED);
      if (options.failFast() && failed) {
        throw new HealthCheckException(
            describe("failed early due to stalled resources", unhealthy), unhealthy);
      }
      long remaining = deadline - System.nanoTime();
      if (remaining <= 0) {
        throw new HealthCheckException(describe("timeout waiting for", unhealthy), unhealthy);
      }
      Thread.sleep(Math.min(options.interval().toMillis(), Math.max(1, remaining / 1_000_000)));
    }
  }

  private StatusResult statusOf(InventoryEntry object) {
    try {
      return cluster
          .get(object)
          .map(live -> reader.read(Unstructured.toMap(live)))
          .orElse(new StatusResult(HealthStatus.NOT_FOUND, "Resource not found"));
    } catch (KubernetesClientException | IllegalStateException e) {
      return new StatusResult(HealthStatus.UNKNOWN, e.getMessage());
    }
  }

  private static Map<ObjectId, StatusResult> unhealthy(
      Map<ObjectId, StatusResult> statuses, Set<ObjectId> goneWhenFinished) {
    Map<ObjectId, StatusResult> unhealthy = new LinkedHashMap<>(statuses);
    unhealthy.values().removeIf(StatusResult::isCurrent);
    unhealthy
        .entrySet()
        .removeIf(
            e ->
                e.getValue().status() == HealthStatus.NOT_FOUND
                    && goneWhenFinished.contains(e.getKey()));
    return unhealthy;
  }

  private static String describe(String prefix, Map<ObjectId, StatusResult> unhealthy) {
    String objects =
        unhealthy.entrySet().stream()
            .map(e -> describe(e.getKey(), e.getValue()))
            .collect(Collectors.joining(", "));
    return prefix + ": [" + objects + "]";
  }

  private static String describe(ObjectId id, StatusResult status) {
    String line = id.subject() + " status: '" + status.status().label() + "'";
    return status.message().isEmpty() ? line : line + ": " + status.message();
  }
}
