package io.fluxjava.runtime.metrics;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Flux's per-object metrics ({@code gotk_reconcile_duration_seconds}, {@code
 * gotk_reconcile_condition}, {@code gotk_suspend_status}) and controller-runtime's reconcile
 * counters, under upstream's Prometheus names.
 */
public final class ReconcileMetrics {

  /** Prometheus result label values of {@code controller_runtime_reconcile_total}. */
  public enum Result {
    SUCCESS("success"),
    REQUEUE_AFTER("requeue_after"),
    ERROR("error");

    private final String label;

    Result(String label) {
      this.label = label;
    }
  }

  private static final String DURATION = "gotk.reconcile.duration";
  private static final String CONDITION = "gotk.reconcile.condition";
  private static final String SUSPEND = "gotk.suspend.status";
  private static final List<String> CONDITION_STATUSES =
      List.of("True", "False", "Unknown", "Deleted");

  /** 10 exponential buckets from 0.01 s to 1800 s, as upstream. */
  private static final Duration[] BUCKETS = exponentialBuckets(0.01, 1800, 10);

  private final MeterRegistry registry;
  private final Map<GaugeKey, AtomicInteger> gauges = new ConcurrentHashMap<>();

  public ReconcileMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  /** Records the duration of one reconcile of {@code obj}. */
  public void recordDuration(HasMetadata obj, Duration duration) {
    Timer.builder(DURATION)
        .description("The duration in seconds of a gitops toolkit resource reconciliation.")
        .tags(objectTags(obj))
        .serviceLevelObjectives(BUCKETS)
        .register(registry)
        .record(duration);
  }

  /**
   * Counts one reconcile of {@code controller} (the lower-case kind) ending with {@code result}.
   */
  public void recordResult(String controller, Result result) {
    Counter.builder("controller.runtime.reconcile")
        .description("Total number of reconciliations per controller")
        .tags("controller", controller, "result", result.label)
        .register(registry)
        .increment();
    if (result == Result.ERROR) {
      Counter.builder("controller.runtime.reconcile.errors")
          .description("Total number of reconciliation errors per controller")
          .tags("controller", controller)
          .register(registry)
          .increment();
    }
  }

  /**
   * Sets {@code gotk_reconcile_condition} of {@code type}: 1 for its current status, 0 for others.
   */
  public void recordCondition(HasMetadata obj, String type, Optional<String> status) {
    String current = status.orElse("Deleted");
    for (String candidate : CONDITION_STATUSES) {
      gauge(obj, CONDITION, objectTags(obj).and("type", type, "status", candidate))
          .set(candidate.equals(current) ? 1 : 0);
    }
  }

  /** Sets {@code gotk_suspend_status} of {@code obj}. */
  public void recordSuspend(HasMetadata obj, boolean suspended) {
    gauge(obj, SUSPEND, objectTags(obj)).set(suspended ? 1 : 0);
  }

  /** Removes every per-object series of {@code obj} (it is being deleted). */
  public void delete(HasMetadata obj) {
    String object = objectKey(obj);
    gauges.keySet().removeIf(key -> key.object().equals(object));
    Tags tags = objectTags(obj);
    for (String name : List.of(DURATION, CONDITION, SUSPEND)) {
      registry.find(name).tags(tags).meters().forEach(registry::remove);
    }
  }

  private AtomicInteger gauge(HasMetadata obj, String name, Tags tags) {
    return gauges.computeIfAbsent(
        new GaugeKey(name, objectKey(obj), tags),
        key -> registry.gauge(name, tags, new AtomicInteger()));
  }

  private static String objectKey(HasMetadata obj) {
    return obj.getKind()
        + "/"
        + obj.getMetadata().getNamespace()
        + "/"
        + obj.getMetadata().getName();
  }

  private static Tags objectTags(HasMetadata obj) {
    String namespace = obj.getMetadata().getNamespace();
    return Tags.of(
        "kind", obj.getKind(),
        "name", obj.getMetadata().getName(),
        "namespace", namespace == null ? "" : namespace);
  }

  private static Duration[] exponentialBuckets(double startSeconds, double endSeconds, int count) {
    double factor = Math.pow(endSeconds / startSeconds, 1.0 / (count - 1));
    Duration[] buckets = new Duration[count];
    for (int i = 0; i < count; i++) {
      buckets[i] = Duration.ofNanos(Math.round(startSeconds * Math.pow(factor, i) * 1e9));
    }
    return buckets;
  }

  /** Identifies a gauge series; {@code object} groups the series of one object for deletion. */
  private record GaugeKey(String name, String object, Tags tags) {}
}
