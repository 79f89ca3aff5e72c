package io.fluxjava.runtime.testing;

import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fluxjava.runtime.FluxReconciler;
import io.fluxjava.runtime.ReconcileRunner;
import io.fluxjava.runtime.RequeuePolicy;
import io.fluxjava.runtime.events.FluxEventRecorder;
import io.fluxjava.runtime.josdk.FluxOperator;
import io.fluxjava.runtime.metrics.ReconcileMetrics;
import io.fluxjava.runtime.options.FluxOptions;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.Random;

/**
 * Wires an operator around one reconciler as the auto-configuration does, for tests without Spring.
 */
public final class TestOperators {

  private TestOperators() {}

  /**
   * An operator, not yet started, running {@code reconciler} with the retry settings of {@code
   * options}.
   */
  public static <T extends CustomResource<?, ?>> FluxOperator withReconciler(
      FluxReconciler<T> reconciler,
      KubernetesClient client,
      FluxOptions options,
      FluxEventRecorder events,
      MeterRegistry registry) {
    FluxOperator operator = new FluxOperator(client, options, registry);
    RequeuePolicy requeue =
        new RequeuePolicy(
            options.intervalJitterPercentage(),
            options.minRetryDelay(),
            options.maxRetryDelay(),
            new Random());
    operator.register(
        new ReconcileRunner<>(
            reconciler,
            client,
            options,
            events,
            new ReconcileMetrics(registry),
            requeue,
            Clock.systemUTC()));
    return operator;
  }
}
