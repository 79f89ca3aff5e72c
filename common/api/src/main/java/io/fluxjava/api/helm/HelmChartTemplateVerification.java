package io.fluxjava.api.helm;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Required;
import io.fluxjava.api.meta.LocalObjectReference;
import io.fluxjava.api.source.VerificationProvider;
import java.util.Objects;

/** Signature verification of the chart of a HelmRelease. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class HelmChartTemplateVerification {
  @Required
  @Default("cosign")
  @JsonPropertyDescription("Verification tool.")
  private VerificationProvider provider;

  @JsonPropertyDescription("Secret with the trusted public keys.")
  private LocalObjectReference secretRef;

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

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    HelmChartTemplateVerification that = (HelmChartTemplateVerification) o;
    return Objects.equals(provider, that.provider) && Objects.equals(secretRef, that.secretRef);
  }

  @Override
  public int hashCode() {
    return Objects.hash(provider, secretRef);
  }
}
