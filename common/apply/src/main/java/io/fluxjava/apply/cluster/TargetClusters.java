package io.fluxjava.apply.cluster;

import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fluxjava.api.meta.KubeConfigReference;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Gives the client a Kustomization or HelmRelease applies with: the controller's own cluster or the
 * remote one of {@code spec.kubeConfig.secretRef}, acting as {@code spec.serviceAccountName} (or
 * {@code --default-service-account}) through impersonation when one is set.
 */
public final class TargetClusters {

  private static final List<String> KUBECONFIG_KEYS = List.of("value", "value.yaml");

  private final KubernetesClient controllerClient;
  private final String defaultServiceAccount;

  public TargetClusters(KubernetesClient controllerClient, String defaultServiceAccount) {
    this.controllerClient = controllerClient;
    this.defaultServiceAccount = defaultServiceAccount;
  }

  /**
   * The cluster an object of {@code namespace} with these {@code spec.serviceAccountName} and
   * {@code spec.kubeConfig} applies to; the caller closes it.
   *
   * @throws TargetClusterException when the kubeconfig Secret is missing or unusable
   */
  public TargetCluster clusterFor(
      String namespace, String serviceAccountName, KubeConfigReference kubeConfig) {
    String serviceAccount = serviceAccountOf(serviceAccountName);
    if (serviceAccount == null && kubeConfig == null) {
      return new TargetCluster(controllerClient, false);
    }
    ConfigBuilder config = new ConfigBuilder(baseConfig(namespace, kubeConfig));
    if (serviceAccount != null) {
      config.withImpersonateUsername("system:serviceaccount:" + namespace + ":" + serviceAccount);
    }
    return new TargetCluster(
        new KubernetesClientBuilder().withConfig(config.build()).build(), true);
  }

  /** {@code spec.serviceAccountName}, else {@code --default-service-account}, else null. */
  private String serviceAccountOf(String name) {
    if (name != null && !name.isBlank()) {
      return name;
    }
    return defaultServiceAccount == null || defaultServiceAccount.isBlank()
        ? null
        : defaultServiceAccount;
  }

  private Config baseConfig(String namespace, KubeConfigReference ref) {
    if (ref == null || ref.getSecretRef() == null) {
      return controllerClient.getConfiguration();
    }
    String name = ref.getSecretRef().getName();
    Secret secret = controllerClient.secrets().inNamespace(namespace).withName(name).get();
    if (secret == null || secret.getData() == null) {
      throw new TargetClusterException(
          "unable to read KubeConfig secret '"
              + namespace
              + "/"
              + name
              + "': secrets \""
              + name
              + "\" not found");
    }
    String kubeconfig = kubeconfigOf(secret.getData(), ref.getSecretRef().getKey());
    if (kubeconfig == null) {
      throw new TargetClusterException(
          "KubeConfig secret '" + namespace + "/" + name + "' does not contain a 'value' key");
    }
    try {
      return Config.fromKubeconfig(kubeconfig);
    } catch (RuntimeException e) {
      throw new TargetClusterException(
          "KubeConfig secret '" + namespace + "/" + name + "' holds an invalid kubeconfig", e);
    }
  }

  private static String kubeconfigOf(Map<String, String> data, String key) {
    List<String> keys = key == null || key.isBlank() ? KUBECONFIG_KEYS : List.of(key);
    return keys.stream()
        .map(data::get)
        .filter(v -> v != null)
        .map(v -> new String(Base64.getDecoder().decode(v), StandardCharsets.UTF_8))
        .findFirst()
        .orElse(null);
  }

  /** The target cluster cannot be reached with what the object references. */
  public static class TargetClusterException extends RuntimeException {
    public TargetClusterException(String message) {
      super(message);
    }

    public TargetClusterException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
