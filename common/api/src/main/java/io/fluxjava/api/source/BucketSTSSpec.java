package io.fluxjava.api.source;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fluxjava.api.meta.LocalObjectReference;
import java.util.Objects;

/** Security token service used to obtain temporary Bucket credentials. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class BucketSTSSpec {
  @Required
  @JsonPropertyDescription("STS provider.")
  private BucketSTSProvider provider;

  @Required
  @Pattern("^(http|https)://.*$")
  @JsonPropertyDescription("STS endpoint.")
  private String endpoint;

  @JsonPropertyDescription("Secret with STS credentials (ldap).")
  private LocalObjectReference secretRef;

  @JsonPropertyDescription("Secret with TLS material for the STS endpoint.")
  private LocalObjectReference certSecretRef;

  public BucketSTSProvider getProvider() {
    return provider;
  }

  public void setProvider(BucketSTSProvider provider) {
    this.provider = provider;
  }

  public String getEndpoint() {
    return endpoint;
  }

  public void setEndpoint(String endpoint) {
    this.endpoint = endpoint;
  }

  public LocalObjectReference getSecretRef() {
    return secretRef;
  }

  public void setSecretRef(LocalObjectReference secretRef) {
    this.secretRef = secretRef;
  }

  public LocalObjectReference getCertSecretRef() {
    return certSecretRef;
  }

  public void setCertSecretRef(LocalObjectReference certSecretRef) {
    this.certSecretRef = certSecretRef;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    BucketSTSSpec that = (BucketSTSSpec) o;
    return Objects.equals(provider, that.provider)
        && Objects.equals(endpoint, that.endpoint)
        && Objects.equals(secretRef, that.secretRef)
        && Objects.equals(certSecretRef, that.certSecretRef);
  }

  @Override
  public int hashCode() {
    return Objects.hash(provider, endpoint, secretRef, certSecretRef);
  }
}
