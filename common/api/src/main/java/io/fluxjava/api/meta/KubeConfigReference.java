package io.fluxjava.api.meta;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.Objects;

/** Where to find the kubeconfig of the remote cluster a Kustomization or HelmRelease targets. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class KubeConfigReference {
  @JsonPropertyDescription(
      "ConfigMap with the provider, cluster, address and CA of the remote cluster.")
  private LocalObjectReference configMapRef;

  @JsonPropertyDescription(
      "Secret with a kubeconfig in the key 'value' or 'value.yaml' (or the given key).")
  private SecretKeyReference secretRef;

  public LocalObjectReference getConfigMapRef() {
    return configMapRef;
  }

  public void setConfigMapRef(LocalObjectReference configMapRef) {
    this.configMapRef = configMapRef;
  }

  public SecretKeyReference getSecretRef() {
    return secretRef;
  }

  public void setSecretRef(SecretKeyReference secretRef) {
    this.secretRef = secretRef;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    KubeConfigReference that = (KubeConfigReference) o;
    return Objects.equals(configMapRef, that.configMapRef)
        && Objects.equals(secretRef, that.secretRef);
  }

  @Override
  public int hashCode() {
    return Objects.hash(configMapRef, secretRef);
  }
}
