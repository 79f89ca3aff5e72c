package io.fluxjava.runtime.josdk;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.javaoperatorsdk.operator.api.monitoring.Metrics;
import io.javaoperatorsdk.operator.api.reconciler.RetryInfo;
import io.javaoperatorsdk.operator.processing.Controller;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The SDK's scheduling, as controller-runtime's gauges: {@code workqueue_depth} (reconciles
 * submitted but not started), {@code controller_runtime_active_workers} and {@code
 * controller_runtime_max_concurrent_reconciles}, labelled with the lower-case kind.
 */
final class QueueMetrics implements Metrics {

  private final MeterRegistry registry;
  private final int workers;
  private final Map<String, AtomicInteger> depth = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> active = new ConcurrentHashMap<>();

  QueueMetrics(MeterRegistry registry, int workers) {
    this.registry = registry;
    this.workers = workers;
  }

  @Override
  public void controllerRegistered(Controller<? extends HasMetadata> controller) {
    registry.gauge(
        "controller.runtime.max.concurrent.reconciles",
        Tags.of("controller", controller.getConfiguration().getName()),
        workers);
  }

  @Override
  public void reconciliationSubmitted(
      HasMetadata resource, RetryInfo retryInfo, Map<String, Object> metadata) {
    counter(depth, "workqueue.depth", "name", resource).incrementAndGet();
  }

  @Override
  public void reconciliationStarted(HasMetadata resource, Map<String, Object> metadata) {
    counter(depth, "workqueue.depth", "name", resource).decrementAndGet();
    counter(active, "controller.runtime.active.workers", "controller", resource).incrementAndGet();
  }

  @Override
  public void reconciliationFinished(
      HasMetadata resource, RetryInfo retryInfo, Map<String, Object> metadata) {
    counter(active, "controller.runtime.active.workers", "controller", resource).decrementAndGet();
  }

  private AtomicInteger counter(
      Map<String, AtomicInteger> gauges, String name, String label, HasMetadata resource) {
    // the SDK reports a resource deleted meanwhile as null; it is counted as "unknown"
    String controller = resource == null ? "unknown" : resource.getKind().toLowerCase(Locale.ROOT);
    return gauges.computeIfAbsent(
        controller, key -> registry.gauge(name, Tags.of(label, key), new AtomicInteger()));
  }
}
