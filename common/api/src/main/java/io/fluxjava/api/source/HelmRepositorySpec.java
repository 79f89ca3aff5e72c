package io.fluxjava.api.source;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fluxjava.api.ReconcilableSpec;
import io.fluxjava.api.meta.Durations;
import io.fluxjava.api.meta.LocalObjectReference;
import java.util.Objects;

/** Desired state of a HelmRepository. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class HelmRepositorySpec implements ReconcilableSpec {
  @Required
  @Pattern("^(http|https|oci)://.*$")
  @JsonPropertyDescription("Helm repository URL.")
  private String url;

  @JsonPropertyDescription("Secret with username and password.")
  private LocalObjectReference secretRef;

  @JsonPropertyDescription("Secret with TLS client certificate and CA.")
  private LocalObjectReference certSecretRef;

  @JsonPropertyDescription("Whether credentials are sent to hosts other than the repository host.")
  private Boolean passCredentials;

  @Pattern(Durations.PATTERN)
  @JsonPropertyDescription("How often to download the repository index.")
  private String interval;

  @JsonPropertyDescription("Allows plain HTTP OCI registries.")
  private Boolean insecure;

  @Pattern(Durations.TIMEOUT_PATTERN)
  @JsonPropertyDescription("Timeout of index downloads and OCI operations; 60s when empty.")
  private String timeout;

  @JsonPropertyDescription("Stops reconciliation when true.")
  private Boolean suspend;

  @JsonPropertyDescription("Namespaces allowed to use this repository.")
  private AccessFrom accessFrom;

  @JsonPropertyDescription("default (HTTP index) or oci.")
  private HelmRepositoryType type;

  @Default("generic")
  @JsonPropertyDescription("Authentication provider for OCI repositories.")
  private OCIProvider provider;

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
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

  public Boolean getPassCredentials() {
    return passCredentials;
  }

  public void setPassCredentials(Boolean passCredentials) {
    this.passCredentials = passCredentials;
  }

  public String getInterval() {
    return interval;
  }

  public void setInterval(String interval) {
    this.interval = interval;
  }

  public Boolean getInsecure() {
    return insecure;
  }

  public void setInsecure(Boolean insecure) {
    this.insecure = insecure;
  }

  public String getTimeout() {
    return timeout;
  }

  public void setTimeout(String timeout) {
    this.timeout = timeout;
  }

  public Boolean getSuspend() {
    return suspend;
  }

  public void setSuspend(Boolean suspend) {
    this.suspend = suspend;
  }

  public AccessFrom getAccessFrom() {
    return accessFrom;
  }

  public void setAccessFrom(AccessFrom accessFrom) {
    this.accessFrom = accessFrom;
  }

  public HelmRepositoryType getType() {
    return type;
  }

  public void setType(HelmRepositoryType type) {
    this.type = type;
  }

  public OCIProvider getProvider() {
    return provider;
  }

  public void setProvider(OCIProvider provider) {
    this.provider = provider;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    HelmRepositorySpec that = (HelmRepositorySpec) o;
    return Objects.equals(url, that.url)
        && Objects.equals(secretRef, that.secretRef)
        && Objects.equals(certSecretRef, that.certSecretRef)
        && Objects.equals(passCredentials, that.passCredentials)
        && Objects.equals(interval, that.interval)
        && Objects.equals(insecure, that.insecure)
        && Objects.equals(timeout, that.timeout)
        && Objects.equals(suspend, that.suspend)
        && Objects.equals(accessFrom, that.accessFrom)
        && Objects.equals(type, that.type)
        && Objects.equals(provider, that.provider);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        url,
        secretRef,
        certSecretRef,
        passCredentials,
        interval,
        insecure,
        timeout,
        suspend,
        accessFrom,
        type,
        provider);
  }
}
