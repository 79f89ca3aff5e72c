package io.fluxjava.kustomizecontroller.dependency;

import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fluxjava.api.ConditionTypes;
import io.fluxjava.api.kustomize.Kustomization;
import io.fluxjava.api.meta.Artifact;
import io.fluxjava.api.meta.DependencyReference;
import io.fluxjava.kustomizecontroller.source.SourceResolver;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides whether a Kustomization's {@code dependsOn} are ready: each must exist, be Ready for its
 * latest generation and, when it uses the same source, have applied the source's current revision;
 * a {@code readyExpr} replaces the built-in readiness check.
 */
public final class DependencyChecker {

  private final KubernetesClient client;
  private final boolean noCrossNamespaceRefs;

  public DependencyChecker(KubernetesClient client, boolean noCrossNamespaceRefs) {
    this.client = client;
    this.noCrossNamespaceRefs = noCrossNamespaceRefs;
  }

  /**
   * The reason the dependencies are not ready yet, or empty when all are.
   *
   * @throws SourceResolver.AccessDeniedException for a blocked cross-namespace dependency
   */
  public Optional<String> notReady(Kustomization self, Artifact sourceArtifact) {
    List<DependencyReference> dependencies = self.getSpec().getDependsOn();
    if (dependencies == null) {
      return Optional.empty();
    }
    for (DependencyReference ref : dependencies) {
      Optional<String> reason = check(self, ref, sourceArtifact);
      if (reason.isPresent()) {
        return reason;
      }
    }
    return Optional.empty();
  }

  private Optional<String> check(
      Kustomization self, DependencyReference ref, Artifact sourceArtifact) {
    String namespace =
        ref.getNamespace() == null || ref.getNamespace().isEmpty()
            ? self.getMetadata().getNamespace()
            : ref.getNamespace();
    String name = namespace + "/" + ref.getName();
    if (noCrossNamespaceRefs && !namespace.equals(self.getMetadata().getNamespace())) {
      throw new SourceResolver.AccessDeniedException(
          "can't access 'Kustomization/"
              + name
              + "', cross-namespace references have been blocked");
    }
    Kustomization dep =
        client.resources(Kustomization.class).inNamespace(namespace).withName(ref.getName()).get();
    if (dep == null) {
      return Optional.of("dependency '" + name + "' not found");
    }
    if (ref.getReadyExpr() != null && !ref.getReadyExpr().isBlank()) {
      boolean ready = new ReadyExpression(ref.getReadyExpr()).isReady(asMap(self), asMap(dep));
      return ready
          ? Optional.empty()
          : Optional.of("dependency '" + name + "' is not ready according to readyExpr eval");
    }
    if (!isReadyForLatestGeneration(dep)) {
      return Optional.of("dependency '" + name + "' is not ready");
    }
    if (usesSameSource(self, dep)
        && sourceArtifact != null
        && !Objects.equals(
            sourceArtifact.getRevision(), dep.getStatus().getLastAppliedRevision())) {
      return Optional.of("dependency '" + name + "' revision is not up to date");
    }
    return Optional.empty();
  }

  private static boolean isReadyForLatestGeneration(Kustomization dep) {
    if (dep.getStatus() == null
        || dep.getStatus().getConditions() == null
        || dep.getStatus().getConditions().isEmpty()) {
      return false;
    }
    if (!Objects.equals(
        dep.getMetadata().getGeneration(), dep.getStatus().getObservedGeneration())) {
      return false;
    }
    return dep.getStatus().getConditions().stream()
        .filter(c -> ConditionTypes.READY.equals(c.getType()))
        .map(Condition::getStatus)
        .anyMatch("True"::equals);
  }

  private static boolean usesSameSource(Kustomization self, Kustomization dep) {
    return self.getSpec().getSourceRef().getKind() == dep.getSpec().getSourceRef().getKind()
        && Objects.equals(
            self.getSpec().getSourceRef().getName(), dep.getSpec().getSourceRef().getName())
        && SourceResolver.namespaceOf(self).equals(SourceResolver.namespaceOf(dep));
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> asMap(Kustomization kustomization) {
    return client.getKubernetesSerialization().convertValue(kustomization, Map.class);
  }
}
