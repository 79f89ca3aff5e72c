package io.fluxjava.runtime;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fluxjava.api.ConditionTypes;
import io.fluxjava.api.Reasons;
import io.fluxjava.runtime.conditions.Conditions;
import io.fluxjava.runtime.events.FluxEventRecorder;
import io.fluxjava.runtime.logging.ReconcileLogContext;
import io.fluxjava.runtime.metrics.ReconcileMetrics;
import io.fluxjava.runtime.options.FluxOptions;
import io.fluxjava.runtime.status.FinalizerPatches;
import io.fluxjava.runtime.status.StatusWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reconcile lifecycle every Flux kind shares, independent of the scheduling library: suspend,
 * the reconciler call, condition summary, the single status patch, metrics and the next requeue.
 */
public final class ReconcileRunner<T extends CustomResource<?, ?>> {

  private static final Logger LOG = LoggerFactory.getLogger(ReconcileRunner.class);

  private final FluxReconciler<T> reconciler;
  private final KubernetesClient client;
  private final FluxOptions options;
  private final FluxEventRecorder events;
  private final ReconcileMetrics metrics;
  private final RequeuePolicy requeue;
  private final Clock clock;
  private final StatusWriter status;
  private final FinalizerPatches finalizers;
  private final Map<String, Integer> failures = new ConcurrentHashMap<>();

  public ReconcileRunner(
      FluxReconciler<T> reconciler,
      KubernetesClient client,
      FluxOptions options,
      FluxEventRecorder events,
      ReconcileMetrics metrics,
      RequeuePolicy requeue,
      Clock clock) {
    this.reconciler = reconciler;
    this.client = client;
    this.options = options;
    this.events = events;
    this.metrics = metrics;
    this.requeue = requeue;
    this.clock = clock;
    this.status = new StatusWriter(client);
    this.finalizers = new FinalizerPatches(client);
  }

  /** The reconciler this runner drives. */
  public FluxReconciler<T> reconciler() {
    return reconciler;
  }

  /**
   * Runs one reconcile of {@code obj} (adding the finalizer first when missing) and patches its
   * status.
   *
   * @return when to reconcile again; empty when only a change to the object should trigger it
   */
  public Optional<Duration> reconcile(T obj) {
    return ReconcileLogContext.around(obj, () -> reconcileInContext(obj));
  }

  private Optional<Duration> reconcileInContext(T obj) {
    long started = System.nanoTime();
    if (!FinalizerPatches.present(obj)) {
      finalizers.add(obj);
    }
    ObjectNode before = status.statusOf(obj);
    FluxObject flux = new FluxObject(status.specOf(obj));
    Optional<String> requestedAt = ReconcileRequests.requestedAt(obj);
    long generation = generationOf(obj);
    Conditions conditions = Conditions.of(conditionsOf(before), generation, clock);
    boolean suspended = flux.suspended();

    Optional<ReconcileResult> result = Optional.empty();
    if (suspended) {
      LOG.info("Reconciliation is suspended for this object");
    } else {
      ReconcileContext ctx =
          new ReconcileContext(
              client, options, conditions, events.forObject(obj), requestedAt.orElse(null));
      result = Optional.of(callReconciler(obj, ctx));
      summarize(result.get(), conditions);
    }

    ObjectNode after = status.statusOf(obj);
    status.putConditions(after, conditions.list());
    if (result.map(ReconcileRunner::observesGeneration).orElse(false)) {
      after.put("observedGeneration", generation);
    }
    requestedAt.ifPresent(value -> after.put("lastHandledReconcileAt", value));
    status.write(obj, before, after);

    Optional<Duration> next = result.flatMap(r -> nextRun(obj, flux, r));
    metrics.recordSuspend(obj, suspended);
    metrics.recordCondition(
        obj, ConditionTypes.READY, conditions.get(ConditionTypes.READY).map(Condition::getStatus));
    metrics.recordDuration(obj, Duration.ofNanos(System.nanoTime() - started));
    result.ifPresent(r -> metrics.recordResult(controllerName(obj), resultLabel(r, next)));
    return next;
  }

  /**
   * Runs the reconciler's cleanup of an object being deleted and then removes the finalizer; an
   * object without the finalizer is not ours to clean up.
   *
   * @return empty when done, else when to try again
   */
  public Optional<Duration> cleanup(T obj) {
    return ReconcileLogContext.around(obj, () -> cleanupInContext(obj));
  }

  private Optional<Duration> cleanupInContext(T obj) {
    if (!FinalizerPatches.present(obj)) {
      return Optional.empty();
    }
    ReconcileContext ctx =
        new ReconcileContext(
            client,
            options,
            Conditions.of(List.of(), generationOf(obj), clock),
            events.forObject(obj),
            ReconcileRequests.requestedAt(obj).orElse(null));
    try {
      reconciler.cleanup(obj, ctx);
    } catch (RuntimeException e) {
      LOG.error("cleanup failed", e);
      return Optional.of(requeue.backoff(failures.merge(key(obj), 1, Integer::sum)));
    }
    finalizers.remove(obj);
    forget(obj);
    return Optional.empty();
  }

  /** Drops what the runner keeps about an object that no longer exists. */
  public void forget(T obj) {
    failures.remove(key(obj));
    metrics.delete(obj);
  }

  private ReconcileResult callReconciler(T obj, ReconcileContext ctx) {
    try {
      return reconciler.reconcile(obj, ctx);
    } catch (RuntimeException e) {
      LOG.error("Reconciler error", e);
      return ReconcileResult.failure(Reasons.FAILED, String.valueOf(e.getMessage()));
    }
  }

  /** Applies upstream's end-of-reconcile rules for Ready, Reconciling and Stalled. */
  private static void summarize(ReconcileResult result, Conditions conditions) {
    switch (result.outcome()) {
      case SUCCESS -> {
        conditions.delete(ConditionTypes.RECONCILING);
        conditions.delete(ConditionTypes.STALLED);
      }
      case FAILURE -> {
        conditions.markFalse(ConditionTypes.READY, result.reason().get(), result.message().get());
        conditions
            .get(ConditionTypes.RECONCILING)
            .ifPresent(
                c ->
                    conditions.markTrue(
                        ConditionTypes.RECONCILING,
                        Reasons.PROGRESSING_WITH_RETRY,
                        c.getMessage()));
      }
      case STALLED -> {
        conditions.delete(ConditionTypes.RECONCILING);
        conditions.markTrue(ConditionTypes.STALLED, result.reason().get(), result.message().get());
        if (!result.keepsReady() || !conditions.isFalse(ConditionTypes.READY)) {
          conditions.markFalse(ConditionTypes.READY, result.reason().get(), result.message().get());
        }
      }
      case REQUEUE -> {
        // the reconciler set Ready itself (e.g. DependencyNotReady); nothing to add
      }
    }
  }

  private static boolean observesGeneration(ReconcileResult result) {
    return result.outcome() == ReconcileResult.Outcome.SUCCESS
        || result.outcome() == ReconcileResult.Outcome.STALLED;
  }

  private Optional<Duration> nextRun(T obj, FluxObject flux, ReconcileResult result) {
    if (result.outcome() != ReconcileResult.Outcome.FAILURE) {
      failures.remove(key(obj));
    }
    return switch (result.outcome()) {
      case SUCCESS -> result.requeueAfter().or(() -> flux.interval()).map(requeue::jitter);
      case REQUEUE -> result.requeueAfter();
      case FAILURE ->
          flux.retryInterval()
              .or(() -> Optional.of(requeue.backoff(failures.merge(key(obj), 1, Integer::sum))));
      case STALLED -> Optional.empty();
    };
  }

  private static ReconcileMetrics.Result resultLabel(
      ReconcileResult result, Optional<Duration> next) {
    return switch (result.outcome()) {
      case FAILURE, STALLED -> ReconcileMetrics.Result.ERROR;
      case SUCCESS, REQUEUE ->
          next.isPresent()
              ? ReconcileMetrics.Result.REQUEUE_AFTER
              : ReconcileMetrics.Result.SUCCESS;
    };
  }

  private List<Condition> conditionsOf(ObjectNode statusJson) {
    return statusJson.has("conditions")
        ? Arrays.asList(
            client
                .getKubernetesSerialization()
                .convertValue(statusJson.get("conditions"), Condition[].class))
        : List.of();
  }

  private static long generationOf(CustomResource<?, ?> obj) {
    Long generation = obj.getMetadata().getGeneration();
    return generation == null ? 0 : generation;
  }

  private static String key(CustomResource<?, ?> obj) {
    return ObjectKey.of(obj).toString();
  }

  private static String controllerName(CustomResource<?, ?> obj) {
    return obj.getKind().toLowerCase(Locale.ROOT);
  }
}
