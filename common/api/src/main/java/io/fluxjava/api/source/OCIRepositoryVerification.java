package io.fluxjava.api.source;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Required;
import io.fluxjava.api.meta.LocalObjectReference;
import io.fluxjava.api.meta.OIDCIdentityMatch;
import java.util.List;
import java.util.Objects;

/** Signature verification of an OCI artifact or Helm chart. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class OCIRepositoryVerification {
  @Required
  @Default("cosign")
  @JsonPropertyDescription("Verification tool.")
  private VerificationProvider provider;

  @JsonPropertyDescription("Secret with the trusted public keys.")
  private LocalObjectReference secretRef;

  @JsonPropertyDescription("Identities accepted for keyless signatures.")
  private List<OIDCIdentityMatch> matchOIDCIdentity;

  @JsonPropertyDescription("Secret with a Sigstore trusted root.")
  private LocalObjectReference trustedRootSecretRef;

  public VerificationProvider getProvider() {
    return provider;
  }

  public void setProvider(VerificationProvider provider) {
    this.provider = provider;
  }

  public LocalObjectReference getSecretRef() {
    return secretRef;
  }

  public void setSecretRef(LocalObjectReference secretRef) {
    this.secretRef = secretRef;
  }

  public List<OIDCIdentityMatch> getMatchOIDCIdentity() {
    return matchOIDCIdentity;
  }

  public void setMatchOIDCIdentity(List<OIDCIdentityMatch> matchOIDCIdentity) {
    this.matchOIDCIdentity = matchOIDCIdentity;
  }

  public LocalObjectReference getTrustedRootSecretRef() {
    return trustedRootSecretRef;
  }

  public void setTrustedRootSecretRef(LocalObjectReference trustedRootSecretRef) {
    this.trustedRootSecretRef = trustedRootSecretRef;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    OCIRepositoryVerification that = (OCIRepositoryVerification) o;
    return Objects.equals(provider, that.provider)
        && Objects.equals(secretRef, that.secretRef)
        && Objects.equals(matchOIDCIdentity, that.matchOIDCIdentity)
        && Objects.equals(trustedRootSecretRef, that.trustedRootSecretRef);
  }

  @Override
  public int hashCode() {
    return Objects.hash(provider, secretRef, matchOIDCIdentity, trustedRootSecretRef);
  }
}
