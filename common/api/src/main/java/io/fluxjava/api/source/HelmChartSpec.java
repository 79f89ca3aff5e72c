package io.fluxjava.api.source;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fluxjava.api.ReconcilableSpec;
import io.fluxjava.api.meta.Durations;
import java.util.List;
import java.util.Objects;

/** Desired state of a HelmChart. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class HelmChartSpec implements ReconcilableSpec {
  @Required
  @JsonPropertyDescription("Chart name or path in the source.")
  private String chart;

  @Default("\"*\"")
  @JsonPropertyDescription("Semver range of the chart version.")
  private String version;

  @Required
  @JsonPropertyDescription("Where the chart comes from.")
  private LocalHelmChartSourceReference sourceRef;

  @Required
  @Pattern(Durations.PATTERN)
  @JsonPropertyDescription("How often to check the source for a new chart.")
  private String interval;

  @Default("ChartVersion")
  @JsonPropertyDescription("What triggers a new artifact.")
  private ReconcileStrategy reconcileStrategy;

  @JsonPropertyDescription("Values files merged into the chart default values.")
  private List<String> valuesFiles;

  @JsonPropertyDescription("Whether missing values files are skipped.")
  private Boolean ignoreMissingValuesFiles;

  @JsonPropertyDescription("Stops reconciliation when true.")
  private Boolean suspend;

  @JsonPropertyDescription("Signature verification (HelmRepository OCI sources only).")
  private OCIRepositoryVerification verify;

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

  public LocalHelmChartSourceReference getSourceRef() {
    return sourceRef;
  }

  public void setSourceRef(LocalHelmChartSourceReference sourceRef) {
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

  public Boolean getSuspend() {
    return suspend;
  }

  public void setSuspend(Boolean suspend) {
    this.suspend = suspend;
  }

  public OCIRepositoryVerification getVerify() {
    return verify;
  }

  public void setVerify(OCIRepositoryVerification verify) {
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
    HelmChartSpec that = (HelmChartSpec) o;
    return Objects.equals(chart, that.chart)
        && Objects.equals(version, that.version)
        && Objects.equals(sourceRef, that.sourceRef)
        && Objects.equals(interval, that.interval)
        && Objects.equals(reconcileStrategy, that.reconcileStrategy)
        && Objects.equals(valuesFiles, that.valuesFiles)
        && Objects.equals(ignoreMissingValuesFiles, that.ignoreMissingValuesFiles)
        && Objects.equals(suspend, that.suspend)
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
        suspend,
        verify);
  }
}
