package io.fluxjava.runtime.josdk;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fluxjava.runtime.ReconcileRequests;
import io.javaoperatorsdk.operator.processing.event.source.filter.OnUpdateFilter;
import java.util.Objects;

/**
 * Lets an update of a reconciled object through only when it asks for work: a new generation, a new
 * {@code requestedAt} value or a fresh deletion mark. Status patches (the controller's own
 * included) and other metadata edits pass nothing, so a reconcile never triggers itself.
 */
final class ReconcileTriggers<T extends HasMetadata> implements OnUpdateFilter<T> {

  @Override
  public boolean accept(T updated, T previous) {
    return !Objects.equals(
            updated.getMetadata().getGeneration(), previous.getMetadata().getGeneration())
        || !Objects.equals(
            ReconcileRequests.requestedAt(updated), ReconcileRequests.requestedAt(previous))
        || (updated.isMarkedForDeletion() && !previous.isMarkedForDeletion());
  }
}
