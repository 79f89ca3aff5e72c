package io.fluxjava.api.kustomize;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;
import io.fluxjava.api.meta.LocalObjectReference;
import java.util.Objects;

/** How to decrypt SOPS-encrypted manifests. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class Decryption {
  @Required
  @JsonPropertyDescription("Decryption provider.")
  private DecryptionProvider provider;

  @JsonPropertyDescription("Secret with the decryption keys.")
  private LocalObjectReference secretRef;

  @JsonPropertyDescription("Service account used for cloud KMS workload identity.")
  private String serviceAccountName;

  public DecryptionProvider getProvider() {
    return provider;
  }

  public void setProvider(DecryptionProvider provider) {
    this.provider = provider;
  }

  public LocalObjectReference getSecretRef() {
    return secretRef;
  }

  public void setSecretRef(LocalObjectReference secretRef) {
    this.secretRef = secretRef;
  }

  public String getServiceAccountName() {
    return serviceAccountName;
  }

  public void setServiceAccountName(String serviceAccountName) {
    this.serviceAccountName = serviceAccountName;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    Decryption that = (Decryption) o;
    return Objects.equals(provider, that.provider)
        && Objects.equals(secretRef, that.secretRef)
        && Objects.equals(serviceAccountName, that.serviceAccountName);
  }

  @Override
  public int hashCode() {
    return Objects.hash(provider, secretRef, serviceAccountName);
  }
}
