package io.fluxjava.runtime.josdk;

import io.fabric8.kubernetes.client.CustomResource;
import io.fluxjava.runtime.DependencyWatch;
import io.fluxjava.runtime.ReconcileRunner;
import io.javaoperatorsdk.operator.api.reconciler.Cleaner;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.DeleteControl;
import io.javaoperatorsdk.operator.api.reconciler.EventSourceContext;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import io.javaoperatorsdk.operator.processing.event.source.EventSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Adapts a {@link ReconcileRunner} to the SDK. Status is written by the runner, so the SDK is only
 * told when to come back; implementing {@link Cleaner} makes the SDK manage the finalizer.
 */
final class JosdkReconciler<T extends CustomResource<?, ?>> implements Reconciler<T>, Cleaner<T> {

  private final ReconcileRunner<T> runner;

  JosdkReconciler(ReconcileRunner<T> runner) {
    this.runner = runner;
  }

  @Override
  public UpdateControl<T> reconcile(T resource, Context<T> context) {
    Optional<Duration> next = runner.reconcile(resource);
    UpdateControl<T> control = UpdateControl.noUpdate();
    return next.map(control::rescheduleAfter).orElse(control);
  }

  @Override
  public DeleteControl cleanup(T resource, Context<T> context) {
    return runner
        .cleanup(resource)
        .map(retry -> DeleteControl.noFinalizerRemoval().rescheduleAfter(retry))
        .orElseGet(DeleteControl::defaultDelete);
  }

  @Override
  public List<EventSource<?, T>> prepareEventSources(EventSourceContext<T> context) {
    List<EventSource<?, T>> sources = new ArrayList<>();
    List<DependencyWatch<?, T>> watches = runner.reconciler().dependencies();
    for (int i = 0; i < watches.size(); i++) {
      sources.add(DependencyEventSources.create(watches.get(i), i, context));
    }
    return sources;
  }
}
