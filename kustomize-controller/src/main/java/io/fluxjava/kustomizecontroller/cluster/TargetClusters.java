package io.fluxjava.kustomizecontroller.cluster;

import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fluxjava.api.kustomize.Kustomization;
import io.fluxjava.api.meta.KubeConfigReference;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Gives the client a Kustomization applies with: the controller's own cluster or the remote one of
 * {@code spec.kubeConfig.secretRef}, acting as {@code spec.serviceAccountName} (or {@code
 * --default-service-account}) through impersonation when one is set.
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
   * The cluster to apply {@code kustomization} to; the caller closes it.
   *
   * @throws TargetClusterException when the kubeconfig Secret is missing or unusable
   */
  public TargetCluster clusterFor(Kustomization kustomization) {
    String serviceAccount = serviceAccountOf(kustomization);
    if (serviceAccount == null && kustomization.getSpec().getKubeConfig() == null) {
      return new TargetCluster(controllerClient, false);
    }
    ConfigBuilder config = new ConfigBuilder(baseConfig(kustomization));
    if (serviceAccount != null) {
      config.withImpersonateUsername(
          "system:serviceaccount:"
              + kustomization.getMetadata().getNamespace()
              + ":"
              + serviceAccount);
    }
    return new TargetCluster(
        new KubernetesClientBuilder().withConfig(config.build()).build(), true);
  }

  /** {@code spec.serviceAccountName}, else {@code --default-service-account}, else null. */
  String serviceAccountOf(Kustomization kustomization) {
    String name = kustomization.getSpec().getServiceAccountName();
    if (name != null && !name.isBlank()) {
      return name;
    }
    return defaultServiceAccount == null || defaultServiceAccount.isBlank()
        ? null
        : defaultServiceAccount;
  }

  private Config baseConfig(Kustomization kustomization) {
    KubeConfigReference ref = kustomization.getSpec().getKubeConfig();
    if (ref == null || ref.getSecretRef() == null) {
      return controllerClient.getConfiguration();
    }
    String namespace = kustomization.getMetadata().getNamespace();
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

  /** The target cluster cannot be reached with what the Kustomization references. */
  public static class TargetClusterException extends RuntimeException {
    public TargetClusterException(String message) {
      super(message);
    }

    public TargetClusterException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
