package io.fluxjava.api.helm;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.crd.generator.annotation.PreserveUnknownFields;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import io.fabric8.generator.annotation.ValidationRule;
import io.fluxjava.api.ReconcilableSpec;
import io.fluxjava.api.meta.CommonMetadata;
import io.fluxjava.api.meta.CustomHealthCheck;
import io.fluxjava.api.meta.DependencyReference;
import io.fluxjava.api.meta.Durations;
import io.fluxjava.api.meta.KubeConfigReference;
import io.fluxjava.api.meta.ValuesReference;
import java.util.List;
import java.util.Objects;

/** Desired state of a HelmRelease. */
@ValidationRule(
    value = "(has(self.chart) && !has(self.chartRef)) || (!has(self.chart) && has(self.chartRef))",
    message = "either chart or chartRef must be set")
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class HelmReleaseSpec implements ReconcilableSpec {
  @JsonPropertyDescription("Template of the HelmChart to create; exclusive with chartRef.")
  private HelmChartTemplate chart;

  @JsonPropertyDescription("Existing chart source; exclusive with chart.")
  private CrossNamespaceSourceReference chartRef;

  @Required
  @Pattern(Durations.PATTERN)
  @JsonPropertyDescription("How often to reconcile.")
  private String interval;

  @JsonPropertyDescription("Remote cluster to release to.")
  private KubeConfigReference kubeConfig;

  @JsonPropertyDescription("Stops reconciliation when true.")
  private Boolean suspend;

  @Size(min = 1, max = 53)
  @JsonPropertyDescription("Helm release name; [targetNamespace-]name by default.")
  private String releaseName;

  @Size(min = 1, max = 63)
  @JsonPropertyDescription("Namespace of the release; the HelmRelease namespace by default.")
  private String targetNamespace;

  @Size(min = 1, max = 63)
  @JsonPropertyDescription(
      "Namespace of the release storage; the HelmRelease namespace by default.")
  private String storageNamespace;

  @JsonPropertyDescription("HelmReleases that must be ready first.")
  private List<DependencyReference> dependsOn;

  @Pattern(Durations.PATTERN)
  @JsonPropertyDescription("Timeout of Helm actions; 5m by default.")
  private String timeout;

  @JsonPropertyDescription("Releases kept in storage; 5 by default, 0 means unlimited.")
  private Integer maxHistory;

  @JsonPropertyDescription("Service account impersonated for Helm actions.")
  private String serviceAccountName;

  @JsonPropertyDescription("Reuses one Kubernetes client per reconciliation; true by default.")
  private Boolean persistentClient;

  @JsonPropertyDescription("Drift detection settings.")
  private DriftDetection driftDetection;

  @JsonPropertyDescription("Install settings.")
  private Install install;

  @JsonPropertyDescription("Upgrade settings.")
  private Upgrade upgrade;

  @JsonPropertyDescription("Test settings.")
  private Test test;

  @JsonPropertyDescription("Rollback settings.")
  private Rollback rollback;

  @JsonPropertyDescription("Uninstall settings.")
  private Uninstall uninstall;

  @JsonPropertyDescription("Values taken from ConfigMaps and Secrets, merged in order.")
  private List<ValuesReference> valuesFrom;

  @PreserveUnknownFields
  @JsonPropertyDescription("Inline values, merged last.")
  private JsonNode values;

  @JsonPropertyDescription("Post-renderers applied in order.")
  private List<PostRenderer> postRenderers;

  @JsonPropertyDescription("Which manifests the post-renderers see; combined by default.")
  private PostRenderStrategy postRenderStrategy;

  @JsonPropertyDescription("How readiness is awaited; poller by default.")
  private WaitStrategy waitStrategy;

  @JsonPropertyDescription("Labels and annotations set on every released object.")
  private CommonMetadata commonMetadata;

  @JsonPropertyDescription("Health rules for custom kinds.")
  private List<CustomHealthCheck> healthCheckExprs;

  public HelmChartTemplate getChart() {
    return chart;
  }

  public void setChart(HelmChartTemplate chart) {
    this.chart = chart;
  }

  public CrossNamespaceSourceReference getChartRef() {
    return chartRef;
  }

  public void setChartRef(CrossNamespaceSourceReference chartRef) {
    this.chartRef = chartRef;
  }

  public String getInterval() {
    return interval;
  }

  public void setInterval(String interval) {
    this.interval = interval;
  }

  public KubeConfigReference getKubeConfig() {
    return kubeConfig;
  }

  public void setKubeConfig(KubeConfigReference kubeConfig) {
    this.kubeConfig = kubeConfig;
  }

  public Boolean getSuspend() {
    return suspend;
  }

  public void setSuspend(Boolean suspend) {
    this.suspend = suspend;
  }

  public String getReleaseName() {
    return releaseName;
  }

  public void setReleaseName(String releaseName) {
    this.releaseName = releaseName;
  }

  public String getTargetNamespace() {
    return targetNamespace;
  }

  public void setTargetNamespace(String targetNamespace) {
    this.targetNamespace = targetNamespace;
  }

  public String getStorageNamespace() {
    return storageNamespace;
  }

  public void setStorageNamespace(String storageNamespace) {
    this.storageNamespace = storageNamespace;
  }

  public List<DependencyReference> getDependsOn() {
    return dependsOn;
  }

  public void setDependsOn(List<DependencyReference> dependsOn) {
    this.dependsOn = dependsOn;
  }

  public String getTimeout() {
    return timeout;
  }

  public void setTimeout(String timeout) {
    this.timeout = timeout;
  }

  public Integer getMaxHistory() {
    return maxHistory;
  }

  public void setMaxHistory(Integer maxHistory) {
    this.maxHistory = maxHistory;
  }

  public String getServiceAccountName() {
    return serviceAccountName;
  }

  public void setServiceAccountName(String serviceAccountName) {
    this.serviceAccountName = serviceAccountName;
  }

  public Boolean getPersistentClient() {
    return persistentClient;
  }

  public void setPersistentClient(Boolean persistentClient) {
    this.persistentClient = persistentClient;
  }

  public DriftDetection getDriftDetection() {
    return driftDetection;
  }

  public void setDriftDetection(DriftDetection driftDetection) {
    this.driftDetection = driftDetection;
  }

  public Install getInstall() {
    return install;
  }

  public void setInstall(Install install) {
    this.install = install;
  }

  public Upgrade getUpgrade() {
    return upgrade;
  }

  public void setUpgrade(Upgrade upgrade) {
    this.upgrade = upgrade;
  }

  public Test getTest() {
    return test;
  }

  public void setTest(Test test) {
    this.test = test;
  }

  public Rollback getRollback() {
    return rollback;
  }

  public void setRollback(Rollback rollback) {
    this.rollback = rollback;
  }

  public Uninstall getUninstall() {
    return uninstall;
  }

  public void setUninstall(Uninstall uninstall) {
    this.uninstall = uninstall;
  }

  public List<ValuesReference> getValuesFrom() {
    return valuesFrom;
  }

  public void setValuesFrom(List<ValuesReference> valuesFrom) {
    this.valuesFrom = valuesFrom;
  }

  public JsonNode getValues() {
    return values;
  }

  public void setValues(JsonNode values) {
    this.values = values;
  }

  public List<PostRenderer> getPostRenderers() {
    return postRenderers;
  }

  public void setPostRenderers(List<PostRenderer> postRenderers) {
    this.postRenderers = postRenderers;
  }

  public PostRenderStrategy getPostRenderStrategy() {
    return postRenderStrategy;
  }

  public void setPostRenderStrategy(PostRenderStrategy postRenderStrategy) {
    this.postRenderStrategy = postRenderStrategy;
  }

  public WaitStrategy getWaitStrategy() {
    return waitStrategy;
  }

  public void setWaitStrategy(WaitStrategy waitStrategy) {
    this.waitStrategy = waitStrategy;
  }

  public CommonMetadata getCommonMetadata() {
    return commonMetadata;
  }

  public void setCommonMetadata(CommonMetadata commonMetadata) {
    this.commonMetadata = commonMetadata;
  }

  public List<CustomHealthCheck> getHealthCheckExprs() {
    return healthCheckExprs;
  }

  public void setHealthCheckExprs(List<CustomHealthCheck> healthCheckExprs) {
    this.healthCheckExprs = healthCheckExprs;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    HelmReleaseSpec that = (HelmReleaseSpec) o;
    return Objects.equals(chart, that.chart)
        && Objects.equals(chartRef, that.chartRef)
        && Objects.equals(interval, that.interval)
        && Objects.equals(kubeConfig, that.kubeConfig)
        && Objects.equals(suspend, that.suspend)
        && Objects.equals(releaseName, that.releaseName)
        && Objects.equals(targetNamespace, that.targetNamespace)
        && Objects.equals(storageNamespace, that.storageNamespace)
        && Objects.equals(dependsOn, that.dependsOn)
        && Objects.equals(timeout, that.timeout)
        && Objects.equals(maxHistory, that.maxHistory)
        && Objects.equals(serviceAccountName, that.serviceAccountName)
        && Objects.equals(persistentClient, that.persistentClient)
        && Objects.equals(driftDetection, that.driftDetection)
        && Objects.equals(install, that.install)
        && Objects.equals(upgrade, that.upgrade)
        && Objects.equals(test, that.test)
        && Objects.equals(rollback, that.rollback)
        && Objects.equals(uninstall, that.uninstall)
        && Objects.equals(valuesFrom, that.valuesFrom)
        && Objects.equals(values, that.values)
        && Objects.equals(postRenderers, that.postRenderers)
        && Objects.equals(postRenderStrategy, that.postRenderStrategy)
        && Objects.equals(waitStrategy, that.waitStrategy)
        && Objects.equals(commonMetadata, that.commonMetadata)
        && Objects.equals(healthCheckExprs, that.healthCheckExprs);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        chart,
        chartRef,
        interval,
        kubeConfig,
        suspend,
        releaseName,
        targetNamespace,
        storageNamespace,
        dependsOn,
        timeout,
        maxHistory,
        serviceAccountName,
        persistentClient,
        driftDetection,
        install,
        upgrade,
        test,
        rollback,
        uninstall,
        valuesFrom,
        values,
        postRenderers,
        postRenderStrategy,
        waitStrategy,
        commonMetadata,
        healthCheckExprs);
  }
}
