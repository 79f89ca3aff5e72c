package io.fluxjava.api.kustomize;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import io.fluxjava.api.ReconcilableSpec;
import io.fluxjava.api.meta.CommonMetadata;
import io.fluxjava.api.meta.CustomHealthCheck;
import io.fluxjava.api.meta.DependencyReference;
import io.fluxjava.api.meta.Durations;
import io.fluxjava.api.meta.IgnoreRule;
import io.fluxjava.api.meta.Image;
import io.fluxjava.api.meta.KubeConfigReference;
import io.fluxjava.api.meta.NamespacedObjectKindReference;
import io.fluxjava.api.meta.Patch;
import java.util.List;
import java.util.Objects;

/** Desired state of a Kustomization. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class KustomizationSpec implements ReconcilableSpec {
  @JsonPropertyDescription("Labels and annotations set on every applied object.")
  private CommonMetadata commonMetadata;

  @JsonPropertyDescription("Kustomizations that must be ready first.")
  private List<DependencyReference> dependsOn;

  @JsonPropertyDescription("Decryption of SOPS-encrypted manifests.")
  private Decryption decryption;

  @Required
  @Pattern(Durations.PATTERN)
  @JsonPropertyDescription("How often to reconcile.")
  private String interval;

  @Pattern(Durations.PATTERN)
  @JsonPropertyDescription("How often to retry after a failure; defaults to interval.")
  private String retryInterval;

  @JsonPropertyDescription("Remote cluster to apply to.")
  private KubeConfigReference kubeConfig;

  @JsonPropertyDescription("Path to the kustomization.yaml in the artifact; the root when empty.")
  private String path;

  @JsonPropertyDescription("Post-build variable substitution.")
  private PostBuild postBuild;

  @Required
  @JsonPropertyDescription("Whether objects removed from the source are deleted.")
  private Boolean prune;

  @JsonPropertyDescription("What happens to applied objects on deletion; MirrorPrune by default.")
  private DeletionPolicy deletionPolicy;

  @JsonPropertyDescription("Objects whose health is checked after apply.")
  private List<NamespacedObjectKindReference> healthChecks;

  @JsonPropertyDescription("Health rules for custom kinds.")
  private List<CustomHealthCheck> healthCheckExprs;

  @Size(min = 1, max = 200)
  @JsonPropertyDescription("Prefix added to the names of all objects.")
  private String namePrefix;

  @Size(min = 1, max = 200)
  @JsonPropertyDescription("Suffix added to the names of all objects.")
  private String nameSuffix;

  @JsonPropertyDescription("Patches applied to the built manifests.")
  private List<Patch> patches;

  @JsonPropertyDescription("Image overrides.")
  private List<Image> images;

  @JsonPropertyDescription("Service account impersonated when applying.")
  private String serviceAccountName;

  @Required
  @JsonPropertyDescription("Where the manifests come from.")
  private CrossNamespaceSourceReference sourceRef;

  @JsonPropertyDescription("Stops reconciliation when true.")
  private Boolean suspend;

  @Size(min = 1, max = 63)
  @JsonPropertyDescription("Namespace set on all namespaced objects.")
  private String targetNamespace;

  @Pattern(Durations.PATTERN)
  @JsonPropertyDescription("Timeout of fetch, apply and health checks.")
  private String timeout;

  @Default("false")
  @JsonPropertyDescription("Recreates objects whose immutable fields changed.")
  private Boolean force;

  @JsonPropertyDescription("Waits for all applied objects to become ready.")
  private Boolean wait;

  @JsonPropertyDescription("Kustomize components to include.")
  private List<String> components;

  @JsonPropertyDescription("Whether missing components are skipped.")
  private Boolean ignoreMissingComponents;

  @JsonPropertyDescription(
      "Build metadata kustomize adds: originAnnotations, transformerAnnotations.")
  private List<String> buildMetadata;

  @JsonPropertyDescription("Fields ignored when detecting drift.")
  private List<IgnoreRule> ignore;

  public CommonMetadata getCommonMetadata() {
    return commonMetadata;
  }

  public void setCommonMetadata(CommonMetadata commonMetadata) {
    this.commonMetadata = commonMetadata;
  }

  public List<DependencyReference> getDependsOn() {
    return dependsOn;
  }

  public void setDependsOn(List<DependencyReference> dependsOn) {
    this.dependsOn = dependsOn;
  }

  public Decryption getDecryption() {
    return decryption;
  }

  public void setDecryption(Decryption decryption) {
    this.decryption = decryption;
  }

  public String getInterval() {
    return interval;
  }

  public void setInterval(String interval) {
    this.interval = interval;
  }

  public String getRetryInterval() {
    return retryInterval;
  }

  public void setRetryInterval(String retryInterval) {
    this.retryInterval = retryInterval;
  }

  public KubeConfigReference getKubeConfig() {
    return kubeConfig;
  }

  public void setKubeConfig(KubeConfigReference kubeConfig) {
    this.kubeConfig = kubeConfig;
  }

  public String getPath() {
    return path;
  }

  public void setPath(String path) {
    this.path = path;
  }

  public PostBuild getPostBuild() {
    return postBuild;
  }

  public void setPostBuild(PostBuild postBuild) {
    this.postBuild = postBuild;
  }

  public Boolean getPrune() {
    return prune;
  }

  public void setPrune(Boolean prune) {
    this.prune = prune;
  }

  public DeletionPolicy getDeletionPolicy() {
    return deletionPolicy;
  }

  public void setDeletionPolicy(DeletionPolicy deletionPolicy) {
    this.deletionPolicy = deletionPolicy;
  }

  public List<NamespacedObjectKindReference> getHealthChecks() {
    return healthChecks;
  }

  public void setHealthChecks(List<NamespacedObjectKindReference> healthChecks) {
    this.healthChecks = healthChecks;
  }

  public List<CustomHealthCheck> getHealthCheckExprs() {
    return healthCheckExprs;
  }

  public void setHealthCheckExprs(List<CustomHealthCheck> healthCheckExprs) {
    this.healthCheckExprs = healthCheckExprs;
  }

  public String getNamePrefix() {
    return namePrefix;
  }

  public void setNamePrefix(String namePrefix) {
    this.namePrefix = namePrefix;
  }

  public String getNameSuffix() {
    return nameSuffix;
  }

  public void setNameSuffix(String nameSuffix) {
    this.nameSuffix = nameSuffix;
  }

  public List<Patch> getPatches() {
    return patches;
  }

  public void setPatches(List<Patch> patches) {
    this.patches = patches;
  }

  public List<Image> getImages() {
    return images;
  }

  public void setImages(List<Image> images) {
    this.images = images;
  }

  public String getServiceAccountName() {
    return serviceAccountName;
  }

  public void setServiceAccountName(String serviceAccountName) {
    this.serviceAccountName = serviceAccountName;
  }

  public CrossNamespaceSourceReference getSourceRef() {
    return sourceRef;
  }

  public void setSourceRef(CrossNamespaceSourceReference sourceRef) {
    this.sourceRef = sourceRef;
  }

  public Boolean getSuspend() {
    return suspend;
  }

  public void setSuspend(Boolean suspend) {
    this.suspend = suspend;
  }

  public String getTargetNamespace() {
    return targetNamespace;
  }

  public void setTargetNamespace(String targetNamespace) {
    this.targetNamespace = targetNamespace;
  }

  public String getTimeout() {
    return timeout;
  }

  public void setTimeout(String timeout) {
    this.timeout = timeout;
  }

  public Boolean getForce() {
    return force;
  }

  public void setForce(Boolean force) {
    this.force = force;
  }

  public Boolean getWait() {
    return wait;
  }

  public void setWait(Boolean wait) {
    this.wait = wait;
  }

  public List<String> getComponents() {
    return components;
  }

  public void setComponents(List<String> components) {
    this.components = components;
  }

  public Boolean getIgnoreMissingComponents() {
    return ignoreMissingComponents;
  }

  public void setIgnoreMissingComponents(Boolean ignoreMissingComponents) {
    this.ignoreMissingComponents = ignoreMissingComponents;
  }

  public List<String> getBuildMetadata() {
    return buildMetadata;
  }

  public void setBuildMetadata(List<String> buildMetadata) {
    this.buildMetadata = buildMetadata;
  }

  public List<IgnoreRule> getIgnore() {
    return ignore;
  }

  public void setIgnore(List<IgnoreRule> ignore) {
    this.ignore = ignore;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    KustomizationSpec that = (KustomizationSpec) o;
    return Objects.equals(commonMetadata, that.commonMetadata)
        && Objects.equals(dependsOn, that.dependsOn)
        && Objects.equals(decryption, that.decryption)
        && Objects.equals(interval, that.interval)
        && Objects.equals(retryInterval, that.retryInterval)
        && Objects.equals(kubeConfig, that.kubeConfig)
        && Objects.equals(path, that.path)
        && Objects.equals(postBuild, that.postBuild)
        && Objects.equals(prune, that.prune)
        && Objects.equals(deletionPolicy, that.deletionPolicy)
        && Objects.equals(healthChecks, that.healthChecks)
        && Objects.equals(healthCheckExprs, that.healthCheckExprs)
        && Objects.equals(namePrefix, that.namePrefix)
        && Objects.equals(nameSuffix, that.nameSuffix)
        && Objects.equals(patches, that.patches)
        && Objects.equals(images, that.images)
        && Objects.equals(serviceAccountName, that.serviceAccountName)
        && Objects.equals(sourceRef, that.sourceRef)
        && Objects.equals(suspend, that.suspend)
        && Objects.equals(targetNamespace, that.targetNamespace)
        && Objects.equals(timeout, that.timeout)
        && Objects.equals(force, that.force)
        && Objects.equals(wait, that.wait)
        && Objects.equals(components, that.components)
        && Objects.equals(ignoreMissingComponents, that.ignoreMissingComponents)
        && Objects.equals(buildMetadata, that.buildMetadata)
        && Objects.equals(ignore, that.ignore);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        commonMetadata,
        dependsOn,
        decryption,
        interval,
        retryInterval,
        kubeConfig,
        path,
        postBuild,
        prune,
        deletionPolicy,
        healthChecks,
        healthCheckExprs,
        namePrefix,
        nameSuffix,
        patches,
        images,
        serviceAccountName,
        sourceRef,
        suspend,
        targetNamespace,
        timeout,
        force,
        wait,
        components,
        ignoreMissingComponents,
        buildMetadata,
        ignore);
  }
}
