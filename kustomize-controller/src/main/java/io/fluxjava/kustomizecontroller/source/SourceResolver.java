package io.fluxjava.kustomizecontroller.source;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fluxjava.api.kustomize.CrossNamespaceSourceReference;
import io.fluxjava.api.kustomize.Kustomization;
import io.fluxjava.api.source.ArtifactSource;
import java.util.Optional;

/**
 * Finds the source object a Kustomization's {@code sourceRef} points to, refusing cross-namespace
 * references when {@code --no-cross-namespace-refs} is set.
 */
public final class SourceResolver {

  private final boolean noCrossNamespaceRefs;

  public SourceResolver(boolean noCrossNamespaceRefs) {
    this.noCrossNamespaceRefs = noCrossNamespaceRefs;
  }

  /**
   * The referenced source; empty when it does not exist.
   *
   * @throws AccessDeniedException for a blocked cross-namespace reference
   */
  public Optional<ArtifactSource> resolve(Kustomization kustomization, KubernetesClient client) {
    CrossNamespaceSourceReference ref = kustomization.getSpec().getSourceRef();
    String namespace = namespaceOf(kustomization);
    if (noCrossNamespaceRefs && !namespace.equals(kustomization.getMetadata().getNamespace())) {
      throw new AccessDeniedException(
          "can't access '"
              + SourceKinds.kindName(ref.getKind())
              + "/"
              + namespace
              + "/"
              + ref.getName()
              + "', cross-namespace references have been blocked");
    }
    return Optional.ofNullable(
        client
            .resources(SourceKinds.classOf(ref.getKind()))
            .inNamespace(namespace)
            .withName(ref.getName())
            .get());
  }

  /** The message upstream writes when the source does not exist. */
  public static String notFoundMessage(Kustomization kustomization) {
    CrossNamespaceSourceReference ref = kustomization.getSpec().getSourceRef();
    return SourceKinds.resourceName(ref.getKind()) + " \"" + ref.getName() + "\" not found";
  }

  /** The namespace of the source: {@code sourceRef.namespace}, else the Kustomization's. */
  public static String namespaceOf(Kustomization kustomization) {
    String namespace = kustomization.getSpec().getSourceRef().getNamespace();
    return namespace == null || namespace.isEmpty()
        ? kustomization.getMetadata().getNamespace()
        : namespace;
  }

  /** A reference to another namespace was refused by {@code --no-cross-namespace-refs}. */
  public static class AccessDeniedException extends RuntimeException {
    public AccessDeniedException(String message) {
      super(message);
    }
  }
}
