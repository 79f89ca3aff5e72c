package io.fluxjava.source.helm;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fluxjava.api.meta.Artifact;
import io.fluxjava.api.source.HelmRepository;
import io.fluxjava.api.source.HelmRepositoryType;
import io.fluxjava.source.oci.OciReference;
import io.fluxjava.source.oci.RegistryClient;
import io.fluxjava.source.storage.ArtifactStorage;
import io.fluxjava.source.support.SecretData;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.util.Objects;
import java.util.Optional;

/**
 * Gets packaged charts out of Helm repositories: through the HelmRepository's stored index (parsed
 * once per revision via {@link HelmIndexCache}) and its credentials, or from an OCI registry; and,
 * for chart dependencies, by repository URL (with the credentials of a HelmRepository of the same
 * URL in the namespace, if there is one).
 */
final class RepositoryCharts {

  private final KubernetesClient client;
  private final ArtifactStorage storage;
  private final HelmIndexCache indexes;
  private final RepositoryAccess access;
  private final OciCharts ociCharts;
  private final long maxIndexSize;
  private final long maxChartSize;

  RepositoryCharts(
      KubernetesClient client,
      ArtifactStorage storage,
      HelmIndexCache indexes,
      RepositoryAccess access,
      long maxIndexSize,
      long maxChartSize) {
    this.client = client;
    this.storage = storage;
    this.indexes = indexes;
    this.access = access;
    this.ociCharts = new OciCharts(maxChartSize);
    this.maxIndexSize = maxIndexSize;
    this.maxChartSize = maxChartSize;
  }

  /**
   * The version {@code constraint} selects in an HTTP repository's stored index, without
   * downloading anything; empty for OCI repositories, whose tags are only listed on pull.
   */
  Optional<String> indexedVersion(HelmRepository repo, String chart, String constraint)
      throws ChartBuildException {
    if (repo.getSpec().getType() == HelmRepositoryType.OCI) {
      return Optional.empty();
    }
    return Optional.of(resolve(index(repo), chart, constraint).version());
  }

  /** The chart version {@code constraint} selects in {@code repo}, downloaded and verified. */
  PulledChart pull(HelmRepository repo, String chart, String constraint)
      throws ChartBuildException {
    try {
      if (repo.getSpec().getType() == HelmRepositoryType.OCI) {
        return verified(
            ociCharts.pull(
                new RegistryClient(access.oci(repo)), repo.getSpec().getUrl(), chart, constraint));
      }
      return download(new ChartRepositoryClient(access.http(repo)), index(repo), chart, constraint);
    } catch (SecretData.SecretException | GeneralSecurityException | IOException e) {
      throw ChartBuildException.pull(e.getMessage());
    }
  }

  private HelmIndex index(HelmRepository repo) throws ChartBuildException {
    Artifact artifact = repo.artifact();
    if (artifact == null) {
      throw ChartBuildException.reference(
          "no artifact available for HelmRepository source '" + repo.getMetadata().getName() + "'");
    }
    try {
      return indexes.get(artifact.getDigest(), storage.root().resolve(artifact.getPath()));
    } catch (IOException e) {
      throw ChartBuildException.reference("failed to load index: " + e.getMessage());
    }
  }

  /** A dependency by repository URL ({@code https://…} or {@code oci://…}). */
  PulledChart pullDependency(
      String namespace, String repositoryUrl, String chart, String constraint)
      throws ChartBuildException {
    HelmRepository known = findByUrl(namespace, repositoryUrl);
    if (known != null
        && (known.artifact() != null || known.getSpec().getType() == HelmRepositoryType.OCI)) {
      return pull(known, chart, constraint);
    }
    try {
      if (repositoryUrl.startsWith(OciReference.SCHEME)) {
        RegistryClient.Settings anonymous =
            new RegistryClient.Settings(false, null, null, RepositoryAccess.DEFAULT_TIMEOUT, null);
        return verified(
            ociCharts.pull(new RegistryClient(anonymous), repositoryUrl, chart, constraint));
      }
      ChartRepositoryClient http =
          new ChartRepositoryClient(
              ChartRepositoryClient.Settings.anonymous(
                  URI.create(repositoryUrl), RepositoryAccess.DEFAULT_TIMEOUT));
      HelmIndex index = HelmIndex.parse(new ByteArrayInputStream(http.fetchIndex(maxIndexSize)));
      return download(http, index, chart, constraint);
    } catch (IOException | IllegalArgumentException e) {
      throw ChartBuildException.pull(
          "failed to get index of '" + repositoryUrl + "': " + e.getMessage());
    }
  }

  private PulledChart download(
      ChartRepositoryClient http, HelmIndex index, String chart, String constraint)
      throws ChartBuildException {
    HelmIndex.ChartVersion version = resolve(index, chart, constraint);
    if (version.urls() == null || version.urls().isEmpty()) {
      throw ChartBuildException.pull("chart '" + chart + "' has no downloadable URLs");
    }
    try {
      return verified(
          new PulledChart(
              chart, version.version(), http.downloadChart(version.urls().get(0), maxChartSize)));
    } catch (IOException e) {
      throw ChartBuildException.pull(
          "failed to download chart for remote reference: " + e.getMessage());
    }
  }

  private static HelmIndex.ChartVersion resolve(HelmIndex index, String chart, String constraint)
      throws ChartBuildException {
    try {
      return index.resolve(chart, constraint);
    } catch (HelmIndex.ChartResolutionException e) {
      throw ChartBuildException.reference(
          "failed to get chart version for remote reference: " + e.getMessage());
    }
  }

  private static PulledChart verified(PulledChart chart) throws ChartBuildException {
    try {
      var metadata = ChartArchives.verify(chart.archive());
      String name = metadata.path("name").asText();
      if (!name.equals(chart.name())) {
        throw ChartBuildException.pull(
            "downloaded chart is named '" + name + "', expected '" + chart.name() + "'");
      }
      return new PulledChart(name, metadata.path("version").asText(), chart.archive());
    } catch (IOException e) {
      throw ChartBuildException.pull(e.getMessage());
    }
  }

  private HelmRepository findByUrl(String namespace, String url) {
    String wanted = trimSlash(url);
    return client.resources(HelmRepository.class).inNamespace(namespace).list().getItems().stream()
        .filter(r -> r.getSpec() != null && Objects.equals(trimSlash(r.getSpec().getUrl()), wanted))
        .findFirst()
        .orElse(null);
  }

  private static String trimSlash(String url) {
    return url == null ? null : url.replaceAll("/+$", "");
  }
}
