package io.fluxjava.api.helm;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import io.fluxjava.api.meta.Durations;
import io.fluxjava.api.source.ReconcileStrategy;
import java.util.List;
import java.util.Objects;

/** Spec of the HelmChart a HelmRelease creates. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class HelmChartTemplateSpec {
  @Required
  @Size(min = 1, max = 2048)
  @JsonPropertyDescription("Chart name or path in the source.")
  private String chart;

  @Default("\"*\"")
  @JsonPropertyDescription("Semver range of the chart version.")
  private String version;

  @Required
  @JsonPropertyDescription("Where the chart comes from.")
  private CrossNamespaceObjectReference sourceRef;

  @Pattern(Durations.PATTERN)
  @JsonPropertyDescription(
      "How often to check for a new chart; defaults to the HelmRelease interval.")
  private String interval;

  @Default("ChartVersion")
  @JsonPropertyDescription("What triggers a new chart artifact.")
  private ReconcileStrategy reconcileStrategy;

  @JsonPropertyDescription("Values files merged into the chart default values.")
  private List<String> valuesFiles;

  @JsonPropertyDescription("Whether missing values files are skipped.")
  private Boolean ignoreMissingValuesFiles;

  @JsonPropertyDescription("Signature verification settings.")
  private HelmChartTemplateVerification verify;

  public String getChart() {
    return chart;
  }

  public void setChart(String chart) {
    this.chart = chart;
  }

  public String getVersion() {
    return version;
  }

  public void setVersion(String version) {
    this.version = version;
  }

  public CrossNamespaceObjectReference getSourceRef() {
    return sourceRef;
  }

  public void setSourceRef(CrossNamespaceObjectReference sourceRef) {
    this.sourceRef = sourceRef;
  }

  public String getInterval() {
    return interval;
  }

  public void setInterval(String interval) {
    this.interval = interval;
  }

  public ReconcileStrategy getReconcileStrategy() {
    return reconcileStrategy;
  }

  public void setReconcileStrategy(ReconcileStrategy reconcileStrategy) {
    this.reconcileStrategy = reconcileStrategy;
  }

  public List<String> getValuesFiles() {
    return valuesFiles;
  }

  public void setValuesFiles(List<String> valuesFiles) {
    this.valuesFiles = valuesFiles;
  }

  public Boolean getIgnoreMissingValuesFiles() {
    return ignoreMissingValuesFiles;
  }

  public void setIgnoreMissingValuesFiles(Boolean ignoreMissingValuesFiles) {
    this.ignoreMissingValuesFiles = ignoreMissingValuesFiles;
  }

  public HelmChartTemplateVerification getVerify() {
    return verify;
  }

  public void setVerify(HelmChartTemplateVerification verify) {
    this.verify = verify;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    HelmChartTemplateSpec that = (HelmChartTemplateSpec) o;
    return Objects.equals(chart, that.chart)
        && Objects.equals(version, that.version)
        && Objects.equals(sourceRef, that.sourceRef)
        && Objects.equals(interval, that.interval)
        && Objects.equals(reconcileStrategy, that.reconcileStrategy)
        && Objects.equals(valuesFiles, that.valuesFiles)
        && Objects.equals(ignoreMissingValuesFiles, that.ignoreMissingValuesFiles)
        && Objects.equals(verify, that.verify);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        chart,
        version,
        sourceRef,
        interval,
        reconcileStrategy,
        valuesFiles,
        ignoreMissingValuesFiles,
        verify);
  }
}
