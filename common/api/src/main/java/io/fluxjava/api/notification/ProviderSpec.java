package io.fluxjava.api.notification;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import io.fluxjava.api.meta.Durations;
import io.fluxjava.api.meta.LocalObjectReference;
import java.util.Objects;

/** Desired state of a Provider. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class ProviderSpec {
  @Required
  @JsonPropertyDescription("Type of the provider.")
  private ProviderType type;

  @Pattern(Durations.PATTERN)
  @JsonPropertyDescription("Unused; kept for compatibility.")
  private String interval;

  @Size(max = 2048)
  @JsonPropertyDescription("Channel, room or topic to post to.")
  private String channel;

  @Size(max = 2048)
  @JsonPropertyDescription("Bot user name.")
  private String username;

  @Size(max = 2048)
  @JsonPropertyDescription("Address of the provider API or webhook.")
  private String address;

  @Pattern(Durations.TIMEOUT_PATTERN)
  @JsonPropertyDescription("Timeout of requests to the provider.")
  private String timeout;

  @Size(max = 2048)
  @Pattern("^(http|https)://.*$")
  @JsonPropertyDescription("Deprecated: use proxySecretRef.")
  private String proxy;

  @JsonPropertyDescription("Secret with the proxy address and credentials.")
  private LocalObjectReference proxySecretRef;

  @JsonPropertyDescription("Secret with address, token, username, password, headers or proxy.")
  private LocalObjectReference secretRef;

  @JsonPropertyDescription("Service account used for workload identity.")
  private String serviceAccountName;

  @JsonPropertyDescription("Secret with TLS material for the provider.")
  private LocalObjectReference certSecretRef;

  @JsonPropertyDescription("Stops sending when true.")
  private Boolean suspend;

  @JsonPropertyDescription("CEL expression computing the commit status id (Git providers).")
  private String commitStatusExpr;

  public ProviderType getType() {
    return type;
  }

  public void setType(ProviderType type) {
    this.type = type;
  }

  public String getInterval() {
    return interval;
  }

  public void setInterval(String interval) {
    this.interval = interval;
  }

  public String getChannel() {
    return channel;
  }

  public void setChannel(String channel) {
    this.channel = channel;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public String getTimeout() {
    return timeout;
  }

  public void setTimeout(String timeout) {
    this.timeout = timeout;
  }

  public String getProxy() {
    return proxy;
  }

  public void setProxy(String proxy) {
    this.proxy = proxy;
  }

  public LocalObjectReference getProxySecretRef() {
    return proxySecretRef;
  }

  public void setProxySecretRef(LocalObjectReference proxySecretRef) {
    this.proxySecretRef = proxySecretRef;
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

  public Boolean getSuspend() {
    return suspend;
  }

  public void setSuspend(Boolean suspend) {
    this.suspend = suspend;
  }

  public String getCommitStatusExpr() {
    return commitStatusExpr;
  }

  public void setCommitStatusExpr(String commitStatusExpr) {
    this.commitStatusExpr = commitStatusExpr;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    ProviderSpec that = (ProviderSpec) o;
    return Objects.equals(type, that.type)
        && Objects.equals(interval, that.interval)
        && Objects.equals(channel, that.channel)
        && Objects.equals(username, that.username)
        && Objects.equals(address, that.address)
        && Objects.equals(timeout, that.timeout)
        && Objects.equals(proxy, that.proxy)
        && Objects.equals(proxySecretRef, that.proxySecretRef)
        && Objects.equals(secretRef, that.secretRef)
        && Objects.equals(serviceAccountName, that.serviceAccountName)
        && Objects.equals(certSecretRef, that.certSecretRef)
        && Objects.equals(suspend, that.suspend)
        && Objects.equals(commitStatusExpr, that.commitStatusExpr);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        type,
        interval,
        channel,
        username,
        address,
        timeout,
        proxy,
        proxySecretRef,
        secretRef,
        serviceAccountName,
        certSecretRef,
        suspend,
        commitStatusExpr);
  }
}
