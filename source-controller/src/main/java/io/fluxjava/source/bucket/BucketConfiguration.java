package io.fluxjava.source.bucket;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fluxjava.source.storage.ArtifactStorage;
import io.fluxjava.source.storage.RetentionPolicy;
import io.fluxjava.source.support.SecretData;
import io.fluxjava.source.support.StoredArtifacts;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the Bucket reconciler with the Flux runtime. */
@Configuration(proxyBeanMethods = false)
public class BucketConfiguration {

  /** The reconciler of {@code source.toolkit.fluxcd.io/v1} Bucket objects. */
  @Bean
  public BucketReconciler bucketReconciler(
      KubernetesClient client, ArtifactStorage storage, RetentionPolicy artifactRetentionPolicy) {
    return new BucketReconciler(
        new StoredArtifacts(storage),
        artifactRetentionPolicy,
        new BucketAccess(new SecretData(client)));
  }
}
