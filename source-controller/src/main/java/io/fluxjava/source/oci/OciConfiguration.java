package io.fluxjava.source.oci;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fluxjava.source.storage.ArtifactStorage;
import io.fluxjava.source.storage.RetentionPolicy;
import io.fluxjava.source.support.SecretData;
import io.fluxjava.source.support.StoredArtifacts;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the OCIRepository reconciler with the Flux runtime. */
@Configuration(proxyBeanMethods = false)
public class OciConfiguration {

  /** The reconciler of {@code source.toolkit.fluxcd.io/v1} OCIRepository objects. */
  @Bean
  public OCIRepositoryReconciler ociRepositoryReconciler(
      KubernetesClient client, ArtifactStorage storage, RetentionPolicy artifactRetentionPolicy) {
    return new OCIRepositoryReconciler(
        new StoredArtifacts(storage),
        artifactRetentionPolicy,
        new OciRepositoryAccess(new SecretData(client)));
  }
}
