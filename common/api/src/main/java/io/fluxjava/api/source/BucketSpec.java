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

/** Desired state of a Bucket. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class BucketSpec implements ReconcilableSpec {
  @Default("generic")
  @JsonPropertyDescription("Object storage provider.")
  private BucketProvider provider;

  @Required
  @JsonPropertyDescription("Name of the bucket.")
  private String bucketName;

  @Required
  @JsonPropertyDescription("Object storage endpoint (host[:port]).")
  private String endpoint;

  @JsonPropertyDescription("Security token service settings.")
  private BucketSTSSpec sts;

  @JsonPropertyDescription("Uses plain HTTP when true.")
  private Boolean insecure;

  @JsonPropertyDescription("Bucket region.")
  private String region;

  @JsonPropertyDescription("Only objects under this key prefix are fetched.")
  private String prefix;

  @JsonPropertyDescription("Secret with access credentials.")
  private LocalObjectReference secretRef;

  @JsonPropertyDescription("Service account used for workload identity.")
  private String serviceAccountName;

  @JsonPropertyDescription("Secret with TLS client certificate and CA.")
  private LocalObjectReference certSecretRef;

  @JsonPropertyDescription("Secret with the proxy address and credentials.")
  private LocalObjectReference proxySecretRef;

  @Required
  @Pattern(Durations.PATTERN)
  @JsonPropertyDescription("How often to check the bucket for changes.")
  private String interval;

  @Pattern(Durations.TIMEOUT_PATTERN)
  @Default("60s")
  @JsonPropertyDescription("Timeout of object storage operations.")
  private String timeout;

  @JsonPropertyDescription("Ignore patterns in .gitignore syntax.")
  private String ignore;

  @JsonPropertyDescription("Stops reconciliation when true.")
  private Boolean suspend;

  public BucketProvider getProvider() {
    return provider;
  }

  public void setProvider(BucketProvider provider) {
    this.provider = provider;
  }

  public String getBucketName() {
    return bucketName;
  }

  public void setBucketName(String bucketName) {
    this.bucketName = bucketName;
  }

  public String getEndpoint() {
    return endpoint;
  }

  public void setEndpoint(String endpoint) {
    this.endpoint = endpoint;
  }

  public BucketSTSSpec getSts() {
    return sts;
  }

  public void setSts(BucketSTSSpec sts) {
    this.sts = sts;
  }

  public Boolean getInsecure() {
    return insecure;
  }

  public void setInsecure(Boolean insecure) {
    this.insecure = insecure;
  }

  public String getRegion() {
    return region;
  }

  public void setRegion(String region) {
    this.region = region;
  }

  public String getPrefix() {
    return prefix;
  }

  public void setPrefix(String prefix) {
    this.prefix = prefix;
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
    BucketSpec that = (BucketSpec) o;
    return Objects.equals(provider, that.provider)
        && Objects.equals(bucketName, that.bucketName)
        && Objects.equals(endpoint, that.endpoint)
        && Objects.equals(sts, that.sts)
        && Objects.equals(insecure, that.insecure)
        && Objects.equals(region, that.region)
        && Objects.equals(prefix, that.prefix)
        && Objects.equals(secretRef, that.secretRef)
        && Objects.equals(serviceAccountName, that.serviceAccountName)
        && Objects.equals(certSecretRef, that.certSecretRef)
        && Objects.equals(proxySecretRef, that.proxySecretRef)
        && Objects.equals(interval, that.interval)
        && Objects.equals(timeout, that.timeout)
        && Objects.equals(ignore, that.ignore)
        && Objects.equals(suspend, that.suspend);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        provider,
        bucketName,
        endpoint,
        sts,
        insecure,
        region,
        prefix,
        secretRef,
        serviceAccountName,
        certSecretRef,
        proxySecretRef,
        interval,
        timeout,
        ignore,
        suspend);
  }
}
