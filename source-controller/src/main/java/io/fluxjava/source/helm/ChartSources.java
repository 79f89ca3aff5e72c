package io.fluxjava.source.helm;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fluxjava.api.meta.Artifact;
import io.fluxjava.api.source.ArtifactSource;
import io.fluxjava.api.source.Bucket;
import io.fluxjava.api.source.GitRepository;
import io.fluxjava.api.source.HelmChart;
import io.fluxjava.api.source.HelmChartSourceKind;
import io.fluxjava.api.source.HelmRepository;
import io.fluxjava.artifact.SafeTarExtractor;
import io.fluxjava.source.storage.ArtifactStorage;
import io.fluxjava.source.storage.StoredArtifact;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/** Finds a HelmChart's source object and unpacks a Git/Bucket source artifact from storage. */
final class ChartSources {

  private static final long MAX_EXTRACTED = 1024L * 1024 * 1024;

  private final KubernetesClient client;
  private final ArtifactStorage storage;

  ChartSources(KubernetesClient client, ArtifactStorage storage) {
    this.client = client;
    this.storage = storage;
  }

  /** The object {@code spec.sourceRef} names, in the chart's namespace. */
  ArtifactSource get(HelmChart chart) throws ChartBuildException {
    var ref = chart.getSpec().getSourceRef();
    Class<? extends ArtifactSource> type = typeOf(ref.getKind());
    ArtifactSource source;
    try {
      source =
          client
              .resources(type)
              .inNamespace(chart.getMetadata().getNamespace())
              .withName(ref.getName())
              .get();
    } catch (KubernetesClientException e) {
      throw ChartBuildException.reference("failed to get source: " + e.getMessage());
    }
    if (source == null) {
      throw ChartBuildException.reference(
          "failed to get source: "
              + kindName(ref.getKind())
              + " '"
              + chart.getMetadata().getNamespace()
              + "/"
              + ref.getName()
              + "' not found");
    }
    return source;
  }

  /** Extracts a Git/Bucket artifact, after checking its digest, into a new directory. */
  Path extract(Artifact artifact, Path target) throws IOException {
    StoredArtifact stored =
        new StoredArtifact(
            artifact.getPath(),
            artifact.getUrl(),
            artifact.getRevision(),
            artifact.getDigest(),
            Instant.EPOCH,
            artifact.getSize() == null ? 0 : artifact.getSize());
    if (!storage.isIntact(stored)) {
      throw new IOException(
          "artifact '" + artifact.getPath() + "' is missing or its digest differs");
    }
    try (InputStream in = Files.newInputStream(storage.root().resolve(artifact.getPath()))) {
      new SafeTarExtractor(MAX_EXTRACTED).extract(in, target);
    }
    return target.toRealPath();
  }

  static String kindName(HelmChartSourceKind kind) {
    return switch (kind) {
      case HELM_REPOSITORY -> "HelmRepository";
      case GIT_REPOSITORY -> "GitRepository";
      case BUCKET -> "Bucket";
    };
  }

  private static Class<? extends ArtifactSource> typeOf(HelmChartSourceKind kind) {
    return switch (kind) {
      case HELM_REPOSITORY -> HelmRepository.class;
      case GIT_REPOSITORY -> GitRepository.class;
      case BUCKET -> Bucket.class;
    };
  }
}
