package io.fluxjava.source.git.reconcile;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fluxjava.source.git.GitClient;
import io.fluxjava.source.storage.ArtifactStorage;
import io.fluxjava.source.storage.RetentionPolicy;
import io.fluxjava.source.support.SecretData;
import io.fluxjava.source.support.StoredArtifacts;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the GitRepository reconciler with the Flux runtime. */
@Configuration(proxyBeanMethods = false)
public class GitRepositoryConfiguration {

  /** The reconciler of {@code source.toolkit.fluxcd.io/v1} GitRepository objects. */
  @Bean
  public GitRepositoryReconciler gitRepositoryReconciler(
      KubernetesClient client, ArtifactStorage storage, RetentionPolicy artifactRetentionPolicy) {
    return new GitRepositoryReconciler(
        new GitClient(),
        new StoredArtifacts(storage),
        artifactRetentionPolicy,
        new CheckoutRequests(new SecretData(client)),
        new IncludedArtifacts(client, storage));
  }
}
