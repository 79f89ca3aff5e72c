package io.fluxjava.source.helm;

import io.fluxjava.api.Reasons;
import io.fluxjava.api.meta.Artifact;
import io.fluxjava.api.source.ArtifactSource;
import io.fluxjava.api.source.Bucket;
import io.fluxjava.api.source.GitRepository;
import io.fluxjava.api.source.HelmChart;
import io.fluxjava.api.source.HelmChartSourceKind;
import io.fluxjava.api.source.HelmChartSpec;
import io.fluxjava.api.source.HelmChartStatus;
import io.fluxjava.api.source.HelmRepository;
import io.fluxjava.api.source.SourceConditionTypes;
import io.fluxjava.api.source.SourceReasons;
import io.fluxjava.artifact.FileTrees;
import io.fluxjava.runtime.DependencyWatch;
import io.fluxjava.runtime.ObjectKey;
import io.fluxjava.runtime.ReconcileContext;
import io.fluxjava.runtime.ReconcileResult;
import io.fluxjava.source.storage.ArtifactLocation;
import io.fluxjava.source.storage.ArtifactStorage;
import io.fluxjava.source.storage.RetentionPolicy;
import io.fluxjava.source.storage.StoredArtifact;
import io.fluxjava.source.support.SourceProgress;
import io.fluxjava.source.support.SourceReconciler;
import io.fluxjava.source.support.StoredArtifacts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Reconciles HelmChart objects: pulls the chart from a HelmRepository (HTTP index or OCI) or builds
 * it from a chart directory in a GitRepository or Bucket artifact, and stores the packaged chart as
 * {@code <name>-<version>.tgz} with the chart version as revision. A failure keeps the previous
 * artifact.
 */
public final class HelmChartReconciler extends SourceReconciler<HelmChart, HelmChartStatus> {

  static final String KIND = "HelmChart";

  private final RetentionPolicy retention;
  private final ChartSources sources;
  private final RepositoryCharts repositories;
  private final ChartBuilds builds;

  HelmChartReconciler(
      StoredArtifacts artifacts,
      RetentionPolicy retention,
      ChartSources sources,
      RepositoryCharts repositories,
      ChartBuilds builds) {
    super(KIND, HelmChart.class, artifacts);
    this.retention = retention;
    this.sources = sources;
    this.repositories = repositories;
    this.builds = builds;
  }

  @Override
  protected HelmChartStatus newStatus() {
    return new HelmChartStatus();
  }

  @Override
  protected Artifact artifactOf(HelmChartStatus status) {
    return status.getArtifact();
  }

  @Override
  protected void publish(HelmChartStatus status, Artifact artifact) {
    status.setArtifact(artifact);
    if (artifact == null) {
      status.setUrl(null);
    }
  }

  @Override
  protected ReconcileResult reconcileSource(
      HelmChart obj, ReconcileContext ctx, SourceProgress progress) throws IOException {
    if (obj.getSpec().getVerify() != null) {
      return verificationUnsupported(ctx);
    }
    Path workDir = null;
    try {
      ArtifactSource source = sources.get(obj);
      workDir = Files.createTempDirectory("helmchart-");
      BuiltChart built = build(obj, source, workDir);
      if (built == null) {
        return upToDate(obj, ctx, progress);
      }
      progress.observedRevision(built.version());
      store(obj, ctx, built, source);
      return progress.succeeded(successReason(built), built.summary());
    } catch (ChartBuildException e) {
      return SourceProgress.fail(
          ctx,
          e.fetchFailure() ? SourceConditionTypes.FETCH_FAILED : SourceConditionTypes.BUILD_FAILED,
          e.reason(),
          e.getMessage());
    } catch (IOException e) {
      return SourceProgress.fail(
          ctx,
          SourceConditionTypes.STORAGE_OPERATION_FAILED,
          SourceReasons.ARCHIVE_OPERATION_FAILED,
          "unable to save artifact to storage: " + e.getMessage());
    } finally {
      FileTrees.deleteQuietly(workDir);
    }
  }

  /** A new artifact (or revision) of the source rebuilds the charts that use it. */
  @Override
  public List<DependencyWatch<?, HelmChart>> dependencies() {
    return List.of(
        watch(HelmRepository.class, HelmChartSourceKind.HELM_REPOSITORY),
        watch(GitRepository.class, HelmChartSourceKind.GIT_REPOSITORY),
        watch(Bucket.class, HelmChartSourceKind.BUCKET));
  }

  private static <S extends ArtifactSource> DependencyWatch<S, HelmChart> watch(
      Class<S> type, HelmChartSourceKind kind) {
    return DependencyWatch.of(type, HelmChart.class)
        .trackedValue(s -> s.artifact() == null ? null : s.artifact().getRevision())
        .references(
            chart ->
                chart.getSpec().getSourceRef().getKind() == kind
                    ? Set.of(
                        new ObjectKey(
                            chart.getMetadata().getNamespace(),
                            chart.getSpec().getSourceRef().getName()))
                    : Set.of());
  }

  /** The chart to store, or null when the stored artifact already is what the source gives. */
  private BuiltChart build(HelmChart obj, ArtifactSource source, Path workDir)
      throws ChartBuildException, IOException {
    HelmChartSpec spec = obj.getSpec();
    if (source instanceof HelmRepository repo) {
      if (isPulledFrom(obj, repo)) {
        return null;
      }
      PulledChart pulled = repositories.pull(repo, spec.getChart(), spec.getVersion());
      return builds.fromPulled(pulled, spec, workDir.resolve("chart"));
    }
    Artifact sourceArtifact = source.artifact();
    if (sourceArtifact == null) {
      throw ChartBuildException.reference(
          "no artifact available for "
              + ChartSources.kindName(spec.getSourceRef().getKind())
              + " source '"
              + spec.getSourceRef().getName()
              + "'");
    }
    if (isBuiltFrom(obj, sourceArtifact)) {
      return null;
    }
    Path root;
    try {
      root = sources.extract(sourceArtifact, workDir.resolve("source"));
    } catch (IOException e) {
      throw ChartBuildException.pull("failed to extract source artifact: " + e.getMessage());
    }
    long generation = Objects.requireNonNullElse(obj.getMetadata().getGeneration(), 0L);
    return builds.fromSource(
        root, spec, sourceArtifact.getRevision(), generation, obj.getMetadata().getNamespace());
  }

  /** The stored chart already is the version the repository index resolves to. */
  private boolean isPulledFrom(HelmChart obj, HelmRepository repo) throws ChartBuildException {
    HelmChartStatus status = obj.getStatus();
    HelmChartSpec spec = obj.getSpec();
    if (status.getArtifact() == null
        || (spec.getValuesFiles() != null && !spec.getValuesFiles().isEmpty())
        || !spec.getChart().equals(status.getObservedChartName())) {
      return false;
    }
    return repositories
        .indexedVersion(repo, spec.getChart(), spec.getVersion())
        .map(version -> version.equals(status.getArtifact().getRevision()))
        .orElse(false);
  }

  private static boolean isBuiltFrom(HelmChart obj, Artifact sourceArtifact) {
    HelmChartStatus status = obj.getStatus();
    return status.getArtifact() != null
        && Objects.equals(status.getObservedGeneration(), obj.getMetadata().getGeneration())
        && sourceArtifact.getRevision().equals(status.getObservedSourceArtifactRevision())
        && obj.getSpec().getChart().equals(status.getObservedChartName());
  }

  private void store(HelmChart obj, ReconcileContext ctx, BuiltChart built, ArtifactSource source)
      throws IOException {
    HelmChartStatus status = obj.getStatus();
    status.setObservedChartName(obj.getSpec().getChart());
    status.setObservedValuesFiles(built.valuesFiles().isEmpty() ? null : built.valuesFiles());
    status.setObservedSourceArtifactRevision(
        source.artifact() == null ? null : source.artifact().getRevision());
    Artifact previous = status.getArtifact();
    if (previous != null
        && previous.getRevision().equals(built.version())
        && !built.packaged()
        && previous.getPath().endsWith("/" + built.fileName())) {
      return;
    }
    ArtifactLocation location = StoredArtifacts.location(KIND, obj, built.fileName());
    StoredArtifact stored =
        artifacts().storage().store(location, built.version(), out -> out.write(built.archive()));
    artifacts().storage().garbageCollect(location, retention);
    status.setArtifact(StoredArtifacts.toStatus(stored));
    status.setUrl(artifacts().storage().linkLatest(location, ArtifactStorage.LATEST_LINK));
    StoredArtifacts.announce(ctx, previous, stored, successReason(built), built.summary());
  }

  /** Nothing changed: the summary of the build that produced the stored artifact stays. */
  private static ReconcileResult upToDate(
      HelmChart obj, ReconcileContext ctx, SourceProgress progress) {
    return ctx.conditions()
        .get(SourceConditionTypes.ARTIFACT_IN_STORAGE)
        .filter(c -> "True".equals(c.getStatus()))
        .map(c -> progress.succeeded(c.getReason(), c.getMessage()))
        .orElseGet(
            () ->
                progress.succeeded(
                    Reasons.SUCCEEDED,
                    "stored artifact: revision '"
                        + obj.getStatus().getArtifact().getRevision()
                        + "'"));
  }

  private static ReconcileResult verificationUnsupported(ReconcileContext ctx) {
    String message = "chart verification (spec.verify) is not supported by this source-controller";
    ctx.conditions()
        .markFalse(
            SourceConditionTypes.SOURCE_VERIFIED, HelmReasons.CHART_VERIFICATION_ERROR, message);
    ctx.events().warning(HelmReasons.CHART_VERIFICATION_ERROR, message);
    return ReconcileResult.stalled(HelmReasons.CHART_VERIFICATION_ERROR, message);
  }

  private static String successReason(BuiltChart built) {
    return built.packaged()
        ? SourceReasons.CHART_PACKAGE_SUCCEEDED
        : SourceReasons.CHART_PULL_SUCCEEDED;
  }
}
