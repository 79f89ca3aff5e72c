package io.fluxjava.runtime.josdk;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fluxjava.runtime.DependencyWatch;
import io.fluxjava.runtime.ObjectKey;
import io.javaoperatorsdk.operator.api.config.informer.InformerEventSourceConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.EventSourceContext;
import io.javaoperatorsdk.operator.processing.event.ResourceID;
import io.javaoperatorsdk.operator.processing.event.source.informer.InformerEventSource;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Turns a {@link DependencyWatch} into an SDK informer whose changes are mapped, through an index
 * of the primary cache, to the reconciled objects that reference the changed dependency.
 */
final class DependencyEventSources {

  private DependencyEventSources() {}

  static <S extends HasMetadata, P extends HasMetadata> InformerEventSource<S, P> create(
      DependencyWatch<S, P> watch, int position, EventSourceContext<P> context) {
    String index = "flux-dependency-" + position + "-" + watch.dependencyType().getSimpleName();
    context
        .getPrimaryCache()
        .addIndexer(
            index, primary -> watch.references(primary).stream().map(ObjectKey::toString).toList());
    InformerEventSourceConfiguration<S> configuration =
        InformerEventSourceConfiguration.from(
                watch.dependencyType(), context.getPrimaryResourceClass())
            .withName(index)
            .withNamespacesInheritedFromController()
            .withSecondaryToPrimaryMapper(
                dependency ->
                    context
                        .getPrimaryCache()
                        .byIndex(index, ObjectKey.of(dependency).toString())
                        .stream()
                        .map(ResourceID::fromResource)
                        .collect(Collectors.toSet()))
            .withOnUpdateFilter(
                (updated, previous) ->
                    !Objects.equals(watch.trackedValue(updated), watch.trackedValue(previous)))
            .build();
    return new InformerEventSource<>(configuration, context);
  }
}
