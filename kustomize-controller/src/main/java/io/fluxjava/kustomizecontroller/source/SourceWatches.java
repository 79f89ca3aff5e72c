package io.fluxjava.kustomizecontroller.source;

import io.fabric8.kubernetes.client.CustomResource;
import io.fluxjava.api.kustomize.Kustomization;
import io.fluxjava.api.kustomize.KustomizationSourceKind;
import io.fluxjava.api.meta.Artifact;
import io.fluxjava.api.source.ArtifactSource;
import io.fluxjava.runtime.DependencyWatch;
import io.fluxjava.runtime.ObjectKey;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Watches the four source kinds so that a new artifact revision reconciles the Kustomizations that
 * use it at once; digest-only changes do not trigger, as upstream.
 */
public final class SourceWatches {

  private SourceWatches() {}

  /** One watch per source kind. */
  public static List<DependencyWatch<?, Kustomization>> all() {
    return Arrays.stream(KustomizationSourceKind.values())
        .<DependencyWatch<?, Kustomization>>map(SourceWatches::watch)
        .toList();
  }

  private static <S extends CustomResource<?, ?> & ArtifactSource>
      DependencyWatch<S, Kustomization> watch(KustomizationSourceKind kind) {
    Class<S> type = SourceKinds.classOf(kind);
    return DependencyWatch.of(type, Kustomization.class)
        .trackedValue(SourceWatches::revision)
        .references(ks -> references(ks, kind));
  }

  private static String revision(ArtifactSource source) {
    Artifact artifact = source.artifact();
    return artifact == null ? null : artifact.getRevision();
  }

  private static Set<ObjectKey> references(Kustomization ks, KustomizationSourceKind kind) {
    if (ks.getSpec() == null
        || ks.getSpec().getSourceRef() == null
        || ks.getSpec().getSourceRef().getKind() != kind) {
      return Set.of();
    }
    return Set.of(
        new ObjectKey(SourceResolver.namespaceOf(ks), ks.getSpec().getSourceRef().getName()));
  }
}
