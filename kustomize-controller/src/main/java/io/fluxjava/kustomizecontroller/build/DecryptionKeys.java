package io.fluxjava.kustomizecontroller.build;

import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fluxjava.api.kustomize.Decryption;
import io.fluxjava.kustomizecontroller.sops.SopsKeyring;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * Finds the keys a Kustomization decrypts with: its {@code spec.decryption.secretRef} Secret, else
 * the age identities of the controller-wide {@code --sops-age-secret} in the runtime namespace.
 */
public final class DecryptionKeys {

  private final KubernetesClient client;
  private final String globalAgeSecret;
  private final String runtimeNamespace;

  public DecryptionKeys(KubernetesClient client, String globalAgeSecret, String runtimeNamespace) {
    this.client = client;
    this.globalAgeSecret = globalAgeSecret;
    this.runtimeNamespace = runtimeNamespace;
  }

  /**
   * The keyring for a Kustomization in {@code namespace}.
   *
   * @throws BuildException when the referenced Secret does not exist
   */
  public SopsKeyring keyring(Decryption decryption, String namespace) {
    if (decryption.getSecretRef() != null && decryption.getSecretRef().getName() != null) {
      String name = decryption.getSecretRef().getName();
      Secret secret = client.secrets().inNamespace(namespace).withName(name).get();
      if (secret == null) {
        throw new BuildException(
            "cannot get decryption Secret '"
                + namespace
                + "/"
                + name
                + "': secrets \""
                + name
                + "\" not found");
      }
      return SopsKeyring.fromSecretData(decoded(secret));
    }
    if (globalAgeSecret != null && !globalAgeSecret.isBlank()) {
      Secret secret =
          client.secrets().inNamespace(runtimeNamespace).withName(globalAgeSecret).get();
      if (secret != null) {
        return SopsKeyring.fromGlobalAgeSecretData(decoded(secret));
      }
    }
    return SopsKeyring.fromSecretData(Map.of());
  }

  private static Map<String, byte[]> decoded(Secret secret) {
    Map<String, byte[]> data = new HashMap<>();
    if (secret.getData() != null) {
      secret.getData().forEach((k, v) -> data.put(k, Base64.getDecoder().decode(v)));
    }
    return data;
  }
}
