package io.fluxjava.helm;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fluxjava.api.ConditionTypes;
import io.fluxjava.api.Reasons;
import io.fluxjava.api.helm.HelmRelease;
import io.fluxjava.api.meta.DependencyReference;
import io.fluxjava.runtime.ReconcileContext;
import io.fluxjava.runtime.ReconcileResult;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code spec.dependsOn}: every HelmRelease named there must be Ready for its current generation;
 * otherwise Ready=False {@code DependencyNotReady} and a retry after {@code --requeue-dependency}.
 */
final class DependencyCheck {

  private final KubernetesClient client;

  DependencyCheck(KubernetesClient client) {
    this.client = client;
  }

  /** Empty when every dependency is ready, else the result that waits for them. */
  Optional<ReconcileResult> check(HelmRelease release, ReconcileContext ctx) {
    List<DependencyReference> deps = release.getSpec().getDependsOn();
    if (deps == null) {
      return Optional.empty();
    }
    for (DependencyReference dep : deps) {
      String namespace =
          dep.getNamespace() == null || dep.getNamespace().isEmpty()
              ? release.getMetadata().getNamespace()
              : dep.getNamespace();
      HelmRelease other =
          client.resources(HelmRelease.class).inNamespace(namespace).withName(dep.getName()).get();
      if (!isReady(other)) {
        String message = "dependency '" + namespace + "/" + dep.getName() + "' is not ready";
        ctx.conditions().markFalse(ConditionTypes.READY, Reasons.DEPENDENCY_NOT_READY, message);
        return Optional.of(ReconcileResult.requeueAfter(ctx.options().requeueDependency()));
      }
    }
    return Optional.empty();
  }

  private static boolean isReady(HelmRelease other) {
    if (other == null || other.getStatus() == null || other.getStatus().getConditions() == null) {
      return false;
    }
    Long generation = other.getMetadata().getGeneration();
    return Objects.equals(other.getStatus().getObservedGeneration(), generation)
        && other.getStatus().getConditions().stream()
            .anyMatch(
                c -> ConditionTypes.READY.equals(c.getType()) && "True".equals(c.getStatus()));
  }
}
