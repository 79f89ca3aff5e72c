package io.fluxjava.runtime.josdk;

import io.fabric8.kubernetes.client.CustomResource;
import io.fluxjava.runtime.DependencyWatch;
import io.fluxjava.runtime.ReconcileRunner;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.EventSourceContext;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import io.javaoperatorsdk.operator.processing.event.source.EventSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Adapts a {@link ReconcileRunner} to the SDK, which runs with "reconcile on all events": the
 * runner manages status and the finalizer itself, so the SDK is only told when to come back.
 */
final class JosdkReconciler<T extends CustomResource<?, ?>> implements Reconciler<T> {

  private final ReconcileRunner<T> runner;

  JosdkReconciler(ReconcileRunner<T> runner) {
    this.runner = runner;
  }

  @Override
  public UpdateControl<T> reconcile(T resource, Context<T> context) {
    if (context.isPrimaryResourceDeleted()) {
      runner.forget(resource);
      return UpdateControl.noUpdate();
    }
    Optional<Duration> next =
        resource.isMarkedForDeletion() ? runner.cleanup(resource) : runner.reconcile(resource);
    UpdateControl<T> control = UpdateControl.noUpdate();
    return next.map(control::rescheduleAfter).orElse(control);
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
