package io.fluxjava.apply.cluster;

import io.fabric8.kubernetes.client.KubernetesClient;

/**
 * The client a Kustomization or HelmRelease applies with; closing it releases it only when it was
 * made for that object (impersonation or a remote kubeconfig), never the controller's shared
 * client.
 */
public record TargetCluster(KubernetesClient client, boolean dedicated) implements AutoCloseable {

  @Override
  public void close() {
    if (dedicated) {
      client.close();
    }
  }
}
