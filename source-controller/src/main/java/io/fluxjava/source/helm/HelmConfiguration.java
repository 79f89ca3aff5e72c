package io.fluxjava.source.helm;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fluxjava.source.storage.ArtifactStorage;
import io.fluxjava.source.storage.RetentionPolicy;
import io.fluxjava.source.support.SecretData;
import io.fluxjava.source.support.StoredArtifacts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers the HelmRepository and HelmChart reconcilers with upstream's Helm flags: {@code
 * --helm-index-max-size} (default 50 MiB), {@code --helm-chart-max-size} (10 MiB) and {@code
 * --helm-cache-max-size} (parsed indexes kept; 10 here, where upstream's default 0 disables the
 * cache).
 */
@Configuration(proxyBeanMethods = false)
public class HelmConfiguration {

  /** The parsed repository indexes shared by every HelmChart. */
  @Bean
  public HelmIndexCache helmIndexCache(@Value("${helm-cache-max-size:10}") int capacity) {
    return new HelmIndexCache(Math.max(1, capacity));
  }

  /** The reconciler of {@code source.toolkit.fluxcd.io/v1} HelmRepository objects. */
  @Bean
  public HelmRepositoryReconciler helmRepositoryReconciler(
      KubernetesClient client,
      ArtifactStorage storage,
      RetentionPolicy artifactRetentionPolicy,
      @Value("${helm-index-max-size:52428800}") long indexMaxSize) {
    return new HelmRepositoryReconciler(
        new StoredArtifacts(storage),
        artifactRetentionPolicy,
        new RepositoryAccess(new SecretData(client)),
        indexMaxSize);
  }

  /** The reconciler of {@code source.toolkit.fluxcd.io/v1} HelmChart objects. */
  @Bean
  public HelmChartReconciler helmChartReconciler(
      KubernetesClient client,
      ArtifactStorage storage,
      RetentionPolicy artifactRetentionPolicy,
      HelmIndexCache helmIndexCache,
      @Value("${helm-index-max-size:52428800}") long indexMaxSize,
      @Value("${helm-chart-max-size:10485760}") long chartMaxSize) {
    RepositoryCharts repositories =
        new RepositoryCharts(
            client,
            storage,
            helmIndexCache,
            new RepositoryAccess(new SecretData(client)),
            indexMaxSize,
            chartMaxSize);
    return new HelmChartReconciler(
        new StoredArtifacts(storage),
        artifactRetentionPolicy,
        new ChartSources(client, storage),
        repositories,
        new ChartBuilds(new ChartDependencies(repositories)));
  }
}
