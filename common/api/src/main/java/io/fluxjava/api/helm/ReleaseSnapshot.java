package io.fluxjava.api.helm;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;
import java.util.Map;
import java.util.Objects;

/** One Helm release in the history of a HelmRelease. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class ReleaseSnapshot {
  @JsonPropertyDescription("Digest scheme of the snapshot.")
  private String apiVersion;

  @Required
  @JsonPropertyDescription("Checksum of the release object.")
  private String digest;

  @Required
  @JsonPropertyDescription("Release name.")
  private String name;

  @Required
  @JsonPropertyDescription("Release namespace.")
  private String namespace;

  @Required
  @JsonPropertyDescription("Helm release revision.")
  private Integer version;

  @Required
  @JsonPropertyDescription("Helm release status, e.g. deployed.")
  private String status;

  @Required
  @JsonPropertyDescription("Chart name.")
  private String chartName;

  @Required
  @JsonPropertyDescription("Chart version.")
  private String chartVersion;

  @JsonPropertyDescription("Chart app version.")
  private String appVersion;

  @Required
  @JsonPropertyDescription("Checksum of the values.")
  private String configDigest;

  @Required
  @JsonPropertyDescription("When the release was first deployed.")
  private String firstDeployed;

  @Required
  @JsonPropertyDescription("When the release was last deployed.")
  private String lastDeployed;

  @JsonPropertyDescription("When the release was deleted.")
  private String deleted;

  @JsonPropertyDescription("Test hooks by name.")
  private Map<String, TestHookStatus> testHooks;

  @JsonPropertyDescription("Digest of the OCI chart artifact.")
  private String ociDigest;

  @JsonPropertyDescription("Action that produced the release.")
  private ReleaseAction action;

  public String getApiVersion() {
    return apiVersion;
  }

  public void setApiVersion(String apiVersion) {
    this.apiVersion = apiVersion;
  }

  public String getDigest() {
    return digest;
  }

  public void setDigest(String digest) {
    this.digest = digest;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getNamespace() {
    return namespace;
  }

  public void setNamespace(String namespace) {
    this.namespace = namespace;
  }

  public Integer getVersion() {
    return version;
  }

  public void setVersion(Integer version) {
    this.version = version;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public String getChartName() {
    return chartName;
  }

  public void setChartName(String chartName) {
    this.chartName = chartName;
  }

  public String getChartVersion() {
    return chartVersion;
  }

  public void setChartVersion(String chartVersion) {
    this.chartVersion = chartVersion;
  }

  public String getAppVersion() {
    return appVersion;
  }

  public void setAppVersion(String appVersion) {
    this.appVersion = appVersion;
  }

  public String getConfigDigest() {
    return configDigest;
  }

  public void setConfigDigest(String configDigest) {
    this.configDigest = configDigest;
  }

  public String getFirstDeployed() {
    return firstDeployed;
  }

  public void setFirstDeployed(String firstDeployed) {
    this.firstDeployed = firstDeployed;
  }

  public String getLastDeployed() {
    return lastDeployed;
  }

  public void setLastDeployed(String lastDeployed) {
    this.lastDeployed = lastDeployed;
  }

  public String getDeleted() {
    return deleted;
  }

  public void setDeleted(String deleted) {
    this.deleted = deleted;
  }

  public Map<String, TestHookStatus> getTestHooks() {
    return testHooks;
  }

  public void setTestHooks(Map<String, TestHookStatus> testHooks) {
    this.testHooks = testHooks;
  }

  public String getOciDigest() {
    return ociDigest;
  }

  public void setOciDigest(String ociDigest) {
    this.ociDigest = ociDigest;
  }

  public ReleaseAction getAction() {
    return action;
  }

  public void setAction(ReleaseAction action) {
    this.action = action;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    ReleaseSnapshot that = (ReleaseSnapshot) o;
    return Objects.equals(apiVersion, that.apiVersion)
        && Objects.equals(digest, that.digest)
        && Objects.equals(name, that.name)
        && Objects.equals(namespace, that.namespace)
        && Objects.equals(version, that.version)
        && Objects.equals(status, that.status)
        && Objects.equals(chartName, that.chartName)
        && Objects.equals(chartVersion, that.chartVersion)
        && Objects.equals(appVersion, that.appVersion)
        && Objects.equals(configDigest, that.configDigest)
        && Objects.equals(firstDeployed, that.firstDeployed)
        && Objects.equals(lastDeployed, that.lastDeployed)
        && Objects.equals(deleted, that.deleted)
        && Objects.equals(testHooks, that.testHooks)
        && Objects.equals(ociDigest, that.ociDigest)
        && Objects.equals(action, that.action);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        apiVersion,
        digest,
        name,
        namespace,
        version,
        status,
        chartName,
        chartVersion,
        appVersion,
        configDigest,
        firstDeployed,
        lastDeployed,
        deleted,
        testHooks,
        ociDigest,
        action);
  }
}
