package io.fluxjava.kustomizecontroller.source;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.CustomResource;
import io.fluxjava.api.kustomize.KustomizationSourceKind;
import io.fluxjava.api.source.ArtifactSource;
import io.fluxjava.api.source.Bucket;
import io.fluxjava.api.source.ExternalArtifact;
import io.fluxjava.api.source.GitRepository;
import io.fluxjava.api.source.OCIRepository;
import java.util.Map;

/** The source kinds a Kustomization can reference, with their Java classes. */
public final class SourceKinds {

  private static final Map<KustomizationSourceKind, Class<? extends CustomResource<?, ?>>> CLASSES =
      Map.of(
          KustomizationSourceKind.GIT_REPOSITORY, GitRepository.class,
          KustomizationSourceKind.OCI_REPOSITORY, OCIRepository.class,
          KustomizationSourceKind.BUCKET, Bucket.class,
          KustomizationSourceKind.EXTERNAL_ARTIFACT, ExternalArtifact.class);

  private SourceKinds() {}

  /** The class of a source kind; every value of the enum has one. */
  @SuppressWarnings("unchecked")
  public static <T extends CustomResource<?, ?> & ArtifactSource> Class<T> classOf(
      KustomizationSourceKind kind) {
    return (Class<T>) CLASSES.get(kind);
  }

  /** The kind name as written in manifests ({@code GitRepository}). */
  public static String kindName(KustomizationSourceKind kind) {
    return HasMetadata.getKind(CLASSES.get(kind));
  }

  /** {@code gitrepositories.source.toolkit.fluxcd.io}, as the API server names the resource. */
  public static String resourceName(KustomizationSourceKind kind) {
    Class<? extends CustomResource<?, ?>> type = CLASSES.get(kind);
    return HasMetadata.getPlural(type) + "." + HasMetadata.getGroup(type);
  }
}
