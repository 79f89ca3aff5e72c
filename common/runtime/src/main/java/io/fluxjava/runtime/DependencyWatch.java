package io.fluxjava.runtime;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * "When a {@code S} changes what {@code trackedValue} returns, reconcile every {@code P} whose
 * {@code references} contain it." For example: when a GitRepository's artifact revision changes,
 * reconcile the Kustomizations whose sourceRef points to it.
 *
 * <pre>{@code
 * DependencyWatch.of(GitRepository.class, Kustomization.class)
 *     .trackedValue(repo -> repo.getStatus() == null ? null : repo.getStatus().getArtifact())
 *     .references(ks -> Set.of(new ObjectKey(namespaceOf(ks), ks.getSpec().getSourceRef().getName())))
 * }</pre>
 *
 * @param <S> the watched dependency kind
 * @param <P> the reconciled kind that references it
 */
public final class DependencyWatch<S extends HasMetadata, P extends HasMetadata> {

  private final Class<S> dependencyType;
  private final Function<S, ?> trackedValue;
  private final Function<P, Set<ObjectKey>> references;

  private DependencyWatch(
      Class<S> dependencyType,
      Function<S, ?> trackedValue,
      Function<P, Set<ObjectKey>> references) {
    this.dependencyType = dependencyType;
    this.trackedValue = trackedValue;
    this.references = references;
  }

  /** Starts a watch of {@code dependencyType} for reconciled objects of {@code primaryType}. */
  public static <S extends HasMetadata, P extends HasMetadata> Builder<S, P> of(
      Class<S> dependencyType, Class<P> primaryType) {
    Objects.requireNonNull(primaryType);
    return new Builder<>(dependencyType);
  }

  public Class<S> dependencyType() {
    return dependencyType;
  }

  /** The value whose change (compared with {@code equals}) triggers the dependants. */
  public Object trackedValue(S dependency) {
    return trackedValue.apply(dependency);
  }

  /** The dependencies a reconciled object points to. */
  public Set<ObjectKey> references(P primary) {
    return references.apply(primary);
  }

  /** Builds a {@link DependencyWatch}. */
  public static final class Builder<S extends HasMetadata, P extends HasMetadata> {
    private final Class<S> dependencyType;
    private Function<S, ?> trackedValue = Function.identity();

    private Builder(Class<S> dependencyType) {
      this.dependencyType = Objects.requireNonNull(dependencyType);
    }

    /** What to compare between two versions of the dependency (default: any change). */
    public Builder<S, P> trackedValue(Function<S, ?> value) {
      this.trackedValue = Objects.requireNonNull(value);
      return this;
    }

    /** Which dependencies a reconciled object points to; finishes the watch. */
    public DependencyWatch<S, P> references(Function<P, Set<ObjectKey>> references) {
      return new DependencyWatch<>(
          dependencyType, trackedValue, Objects.requireNonNull(references));
    }
  }
}
