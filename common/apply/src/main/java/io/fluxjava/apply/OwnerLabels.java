package io.fluxjava.apply;

import io.fluxjava.api.helm.HelmMetadata;
import io.fluxjava.api.kustomize.KustomizeMetadata;
import java.util.Map;

/** The ownership labels upstream puts on every applied object, also the prune selector. */
public final class OwnerLabels {

  private OwnerLabels() {}

  /** {@code kustomize.toolkit.fluxcd.io/name} and {@code …/namespace} of a Kustomization. */
  public static Map<String, String> kustomization(String name, String namespace) {
    return Map.of(KustomizeMetadata.NAME_LABEL, name, KustomizeMetadata.NAMESPACE_LABEL, namespace);
  }

  /** {@code helm.toolkit.fluxcd.io/name} and {@code …/namespace} of a HelmRelease. */
  public static Map<String, String> helmRelease(String name, String namespace) {
    return Map.of(HelmMetadata.NAME_LABEL, name, HelmMetadata.NAMESPACE_LABEL, namespace);
  }
}
