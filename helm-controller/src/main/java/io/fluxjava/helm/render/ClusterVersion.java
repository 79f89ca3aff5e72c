package io.fluxjava.helm.render;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.VersionInfo;

/**
 * The Kubernetes version charts see as {@code .Capabilities.KubeVersion}: the cluster's, read once;
 * Helm's default when the API server does not say.
 */
public final class ClusterVersion {

  /** Helm 3.21's built-in default when no cluster is asked. */
  static final String HELM_DEFAULT = "v1.20.0";

  private final KubernetesClient client;
  private volatile String version;

  public ClusterVersion(KubernetesClient client) {
    this.client = client;
  }

  /** {@code v<major>.<minor>.<patch>}. */
  public String get() {
    String known = version;
    if (known == null) {
      known = read();
      version = known;
    }
    return known;
  }

  private String read() {
    try {
      VersionInfo info = client.getKubernetesVersion();
      if (info != null && info.getGitVersion() != null && info.getGitVersion().startsWith("v")) {
        String git = info.getGitVersion();
        int plus = git.indexOf('+');
        return plus < 0 ? git : git.substring(0, plus);
      }
    } catch (KubernetesClientException e) {
      // a server without /version: charts get Helm's default, as with `helm template`
    }
    return HELM_DEFAULT;
  }
}
