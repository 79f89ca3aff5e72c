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

/** Desired state of an OCIRepository. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class OCIRepositorySpec implements ReconcilableSpec {
  @Required
  @Pattern("^oci://.*$")
  @JsonPropertyDescription("OCI repository address, oci://<host>/<path>.")
  private String url;

  @JsonPropertyDescription("The artifact to pull.")
  private OCIRepositoryRef ref;

  @JsonPropertyDescription("The layer to store.")
  private OCILayerSelector layerSelector;

  @Default("generic")
  @JsonPropertyDescription("Authentication provider.")
  private OCIProvider provider;

  @JsonPropertyDescription("Secret of type dockerconfigjson with registry credentials.")
  private LocalObjectReference secretRef;

  @JsonPropertyDescription("Signature verification settings.")
  private OCIRepositoryVerification verify;

  @JsonPropertyDescription("Service account whose image pull secrets are used.")
  private String serviceAccountName;

  @JsonPropertyDescription("Secret with TLS client certificate and CA.")
  private LocalObjectReference certSecretRef;

  @JsonPropertyDescription("Secret with the proxy address and credentials.")
  private LocalObjectReference proxySecretRef;

  @Required
  @Pattern(Durations.PATTERN)
  @JsonPropertyDescription("How often to check the registry for changes.")
  private String interval;

  @Pattern(Durations.TIMEOUT_PATTERN)
  @Default("60s")
  @JsonPropertyDescription("Timeout of registry operations.")
  private String timeout;

  @JsonPropertyDescription("Ignore patterns in .gitignore syntax.")
  private String ignore;

  @JsonPropertyDescription("Allows plain HTTP registries.")
  private Boolean insecure;

  @JsonPropertyDescription("Stops reconciliation when true.")
  private Boolean suspend;

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }

  public OCIRepositoryRef getRef() {
    return ref;
  }

  public void setRef(OCIRepositoryRef ref) {
    this.ref = ref;
  }

  public OCILayerSelector getLayerSelector() {
    return layerSelector;
  }

  public void setLayerSelector(OCILayerSelector layerSelector) {
    this.layerSelector = layerSelector;
  }

  public OCIProvider getProvider() {
    return provider;
  }

  public void setProvider(OCIProvider provider) {
    this.provider = provider;
  }

  public LocalObjectReference getSecretRef() {
    return secretRef;
  }

  public void setSecretRef(LocalObjectReference secretRef) {
    this.secretRef = secretRef;
  }

  public OCIRepositoryVerification getVerify() {
    return verify;
  }

  public void setVerify(OCIRepositoryVerification verify) {
    this.verify = verify;
  }

  public String getServiceAccountName() {
    return serviceAccountName;
  }

  public void setServiceAccountName(String serviceAccountName) {
    this.serviceAccountName = serviceAccountName;
  }

  public LocalObjectReference getCertSecretRef() {
    return certSecretRef;
  }

  public void setCertSecretRef(LocalObjectReference certSecretRef) {
    this.certSecretRef = certSecretRef;
  }

  public LocalObjectReference getProxySecretRef() {
    return proxySecretRef;
  }

  public void setProxySecretRef(LocalObjectReference proxySecretRef) {
    this.proxySecretRef = proxySecretRef;
  }

  public String getInterval() {
    return interval;
  }

  public void setInterval(String interval) {
    this.interval = interval;
  }

  public String getTimeout() {
    return timeout;
  }

  public void setTimeout(String timeout) {
    this.timeout = timeout;
  }

  public String getIgnore() {
    return ignore;
  }

  public void setIgnore(String ignore) {
    this.ignore = ignore;
  }

  public Boolean getInsecure() {
    return insecure;
  }

  public void setInsecure(Boolean insecure) {
    this.insecure = insecure;
  }

  public Boolean getSuspend() {
    return suspend;
  }

  public void setSuspend(Boolean suspend) {
    this.suspend = suspend;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    OCIRepositorySpec that = (OCIRepositorySpec) o;
    return Objects.equals(url, that.url)
        && Objects.equals(ref, that.ref)
        && Objects.equals(layerSelector, that.layerSelector)
        && Objects.equals(provider, that.provider)
        && Objects.equals(secretRef, that.secretRef)
        && Objects.equals(verify, that.verify)
        && Objects.equals(serviceAccountName, that.serviceAccountName)
        && Objects.equals(certSecretRef, that.certSecretRef)
        && Objects.equals(proxySecretRef, that.proxySecretRef)
        && Objects.equals(interval, that.interval)
        && Objects.equals(timeout, that.timeout)
        && Objects.equals(ignore, that.ignore)
        && Objects.equals(insecure, that.insecure)
        && Objects.equals(suspend, that.suspend);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        url,
        ref,
        layerSelector,
        provider,
        secretRef,
        verify,
        serviceAccountName,
        certSecretRef,
        proxySecretRef,
        interval,
        timeout,
        ignore,
        insecure,
        suspend);
  }
}
