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
import java.util.List;
import java.util.Objects;

/** Desired state of a GitRepository. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class GitRepositorySpec implements ReconcilableSpec {
  @Required
  @Pattern("^(http|https|ssh)://.*$")
  @JsonPropertyDescription("Git repository URL.")
  private String url;

  @JsonPropertyDescription("Secret with HTTPS or SSH credentials.")
  private LocalObjectReference secretRef;

  @JsonPropertyDescription("Authentication provider; generic when empty.")
  private GitProvider provider;

  @JsonPropertyDescription("Service account used for workload identity (aws and azure providers).")
  private String serviceAccountName;

  @Required
  @Pattern(Durations.PATTERN)
  @JsonPropertyDescription("How often to check the repository for changes.")
  private String interval;

  @Pattern(Durations.TIMEOUT_PATTERN)
  @Default("60s")
  @JsonPropertyDescription("Timeout of Git operations.")
  private String timeout;

  @JsonPropertyDescription("Git reference to check out.")
  private GitRepositoryRef ref;

  @JsonPropertyDescription("Signature verification settings.")
  private GitRepositoryVerification verify;

  @JsonPropertyDescription("Secret with the proxy address and credentials.")
  private LocalObjectReference proxySecretRef;

  @JsonPropertyDescription("Ignore patterns in .gitignore syntax.")
  private String ignore;

  @JsonPropertyDescription("Stops reconciliation when true.")
  private Boolean suspend;

  @JsonPropertyDescription("Whether Git submodules are cloned too.")
  private Boolean recurseSubmodules;

  @JsonPropertyDescription("Other GitRepositories to copy into the artifact.")
  private List<GitRepositoryInclude> include;

  @JsonPropertyDescription("Directories to check out; the whole tree when empty.")
  private List<String> sparseCheckout;

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

  public GitProvider getProvider() {
    return provider;
  }

  public void setProvider(GitProvider provider) {
    this.provider = provider;
  }

  public String getServiceAccountName() {
    return serviceAccountName;
  }

  public void setServiceAccountName(String serviceAccountName) {
    this.serviceAccountName = serviceAccountName;
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

  public GitRepositoryRef getRef() {
    return ref;
  }

  public void setRef(GitRepositoryRef ref) {
    this.ref = ref;
  }

  public GitRepositoryVerification getVerify() {
    return verify;
  }

  public void setVerify(GitRepositoryVerification verify) {
    this.verify = verify;
  }

  public LocalObjectReference getProxySecretRef() {
    return proxySecretRef;
  }

  public void setProxySecretRef(LocalObjectReference proxySecretRef) {
    this.proxySecretRef = proxySecretRef;
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

  public Boolean getRecurseSubmodules() {
    return recurseSubmodules;
  }

  public void setRecurseSubmodules(Boolean recurseSubmodules) {
    this.recurseSubmodules = recurseSubmodules;
  }

  public List<GitRepositoryInclude> getInclude() {
    return include;
  }

  public void setInclude(List<GitRepositoryInclude> include) {
    this.include = include;
  }

  public List<String> getSparseCheckout() {
    return sparseCheckout;
  }

  public void setSparseCheckout(List<String> sparseCheckout) {
    this.sparseCheckout = sparseCheckout;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    GitRepositorySpec that = (GitRepositorySpec) o;
    return Objects.equals(url, that.url)
        && Objects.equals(secretRef, that.secretRef)
        && Objects.equals(provider, that.provider)
        && Objects.equals(serviceAccountName, that.serviceAccountName)
        && Objects.equals(interval, that.interval)
        && Objects.equals(timeout, that.timeout)
        && Objects.equals(ref, that.ref)
        && Objects.equals(verify, that.verify)
        && Objects.equals(proxySecretRef, that.proxySecretRef)
        && Objects.equals(ignore, that.ignore)
        && Objects.equals(suspend, that.suspend)
        && Objects.equals(recurseSubmodules, that.recurseSubmodules)
        && Objects.equals(include, that.include)
        && Objects.equals(sparseCheckout, that.sparseCheckout);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        url,
        secretRef,
        provider,
        serviceAccountName,
        interval,
        timeout,
        ref,
        verify,
        proxySecretRef,
        ignore,
        suspend,
        recurseSubmodules,
        include,
        sparseCheckout);
  }
}
