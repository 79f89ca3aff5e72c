package io.fluxjava.helm;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fluxjava.api.ConditionTypes;
import io.fluxjava.api.Reasons;
import io.fluxjava.api.helm.HelmRelease;
import io.fluxjava.api.helm.HelmReleaseReasons;
import io.fluxjava.api.helm.HelmReleaseStatus;
import io.fluxjava.api.helm.Upgrade;
import io.fluxjava.api.meta.Artifact;
import io.fluxjava.apply.ApplyOptions;
import io.fluxjava.apply.cluster.TargetCluster;
import io.fluxjava.apply.cluster.TargetClusters;
import io.fluxjava.apply.cluster.TargetClusters.TargetClusterException;
import io.fluxjava.artifact.ArtifactFetcher;
import io.fluxjava.helm.action.AtomicRelease;
import io.fluxjava.helm.action.HookRunner;
import io.fluxjava.helm.action.ReleaseApplier;
import io.fluxjava.helm.action.ReleaseRun;
import io.fluxjava.helm.action.ReleaseTools;
import io.fluxjava.helm.action.UninstallAction;
import io.fluxjava.helm.chart.ChartLoader;
import io.fluxjava.helm.chart.ChartSource;
import io.fluxjava.helm.chart.ChartSources;
import io.fluxjava.helm.chart.HelmChartTemplates;
import io.fluxjava.helm.chart.LoadedChart;
import io.fluxjava.helm.engine.TempDirectory;
import io.fluxjava.helm.render.ClusterVersion;
import io.fluxjava.helm.render.ReleaseNames;
import io.fluxjava.helm.render.ReleaseRenderer;
import io.fluxjava.helm.render.RenderException;
import io.fluxjava.helm.render.RenderedRelease;
import io.fluxjava.helm.status.ReleaseHistory;
import io.fluxjava.helm.storage.ReleaseStorage;
import io.fluxjava.helm.storage.StoredRelease;
import io.fluxjava.helm.values.ComposedValues;
import io.fluxjava.helm.values.ValuesComposer;
import io.fluxjava.helm.values.ValuesException;
import io.fluxjava.runtime.DependencyWatch;
import io.fluxjava.runtime.FluxReconciler;
import io.fluxjava.runtime.ReconcileContext;
import io.fluxjava.runtime.ReconcileResult;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reconciles HelmReleases: resolves the chart source, composes values, renders, then lets the
 * atomic release install, upgrade, test or remediate; uninstalls on deletion.
 */
public final class HelmReleaseReconciler implements FluxReconciler<HelmRelease> {

  /** Upstream's reason when values or the chart cannot be turned into a release. */
  static final String INIT_FAILED = "InitFailed";

  private static final Logger LOG = LoggerFactory.getLogger(HelmReleaseReconciler.class);

  private final ChartSources sources;
  private final HelmChartTemplates templates;
  private final DesiredRelease desired;
  private final TargetClusters clusters;
  private final Function<KubernetesClient, ReleaseTools> toolsOn;
  private final DependencyCheck dependencies;

  HelmReleaseReconciler(
      ChartSources sources,
      HelmChartTemplates templates,
      DesiredRelease desired,
      TargetClusters clusters,
      Function<KubernetesClient, ReleaseTools> toolsOn,
      DependencyCheck dependencies) {
    this.sources = sources;
    this.templates = templates;
    this.desired = desired;
    this.clusters = clusters;
    this.toolsOn = toolsOn;
    this.dependencies = dependencies;
  }

  /**
   * A reconciler on the given cluster: charts fetched with {@code fetcher}, objects applied with
   * {@code applyOptions} (field manager {@code helm-controller}) to the cluster each release
   * targets ({@code spec.kubeConfig}, {@code spec.serviceAccountName}, else {@code
   * defaultServiceAccount}), hooks and waits polled every {@code pollInterval}.
   */
  public static HelmReleaseReconciler create(
      KubernetesClient client,
      ArtifactFetcher fetcher,
      ApplyOptions applyOptions,
      Duration pollInterval,
      String defaultServiceAccount,
      Clock clock) {
    // releases on the controller's own cluster (the usual case) share one set of tools
    ReleaseTools shared = tools(client, applyOptions, pollInterval, clock);
    return new HelmReleaseReconciler(
        new ChartSources(client),
        new HelmChartTemplates(client),
        new DesiredRelease(
            new ValuesComposer(client),
            new ChartLoader(fetcher),
            new ReleaseRenderer(),
            new ClusterVersion(client)),
        new TargetClusters(client, defaultServiceAccount),
        target -> target == client ? shared : tools(target, applyOptions, pollInterval, clock),
        new DependencyCheck(client));
  }

  private static ReleaseTools tools(
      KubernetesClient target, ApplyOptions applyOptions, Duration pollInterval, Clock clock) {
    return new ReleaseTools(
        new ReleaseStorage(target, clock),
        new ReleaseApplier(target, applyOptions, pollInterval),
        new HookRunner(target, pollInterval, clock),
        clock);
  }

  @Override
  public Class<HelmRelease> resourceType() {
    return HelmRelease.class;
  }

  @Override
  public ReconcileResult reconcile(HelmRelease release, ReconcileContext ctx) {
    if (release.getStatus() == null) {
      release.setStatus(new HelmReleaseStatus());
    }
    Optional<ReconcileResult> blocked = dependencies.check(release, ctx);
    if (blocked.isPresent()) {
      return blocked.get();
    }
    ChartSource source = sources.resolve(release);
    if (release.getSpec().getChart() != null) {
      release.getStatus().setHelmChart(source.reference());
    }
    if (source.artifact().isEmpty()) {
      return notReady(ctx, source.notReadyMessage());
    }
    try (TempDirectory workspace = TempDirectory.create("helm-release-");
        TargetCluster target = targetOf(release)) {
      ReleaseTools tools = toolsOn.apply(target.client());
      return reconcile(release, ctx, source.artifact().get(), workspace, tools);
    } catch (TargetClusterException e) {
      return ReconcileResult.failure(INIT_FAILED, e.getMessage());
    } catch (IOException e) {
      return ReconcileResult.failure(HelmReleaseReasons.ARTIFACT_FAILED, e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return ReconcileResult.failure(Reasons.FAILED, "reconciliation interrupted");
    }
  }

  private TargetCluster targetOf(HelmRelease release) {
    return clusters.clusterFor(
        release.getMetadata().getNamespace(),
        release.getSpec().getServiceAccountName(),
        release.getSpec().getKubeConfig());
  }

  private ReconcileResult reconcile(
      HelmRelease release,
      ReconcileContext ctx,
      Artifact artifact,
      TempDirectory workspace,
      ReleaseTools tools)
      throws IOException, InterruptedException {
    ComposedValues values;
    try {
      values = preserved(release, desired.values(release), tools);
    } catch (ValuesException e) {
      return ReconcileResult.failure(INIT_FAILED, e.getMessage());
    }
    Optional<LoadedChart> chart = desired.chart(artifact, workspace.dir());
    if (chart.isEmpty()) {
      return notReady(ctx, "Source is not ready, artifact not found");
    }
    RenderedRelease rendered;
    try {
      rendered = desired.render(release, chart.get(), values);
    } catch (RenderException e) {
      return ReconcileResult.failure(INIT_FAILED, e.getMessage());
    }
    ReleaseRun run = new ReleaseRun(release, ctx.conditions(), chart.get(), values, rendered);
    AttemptTracking.begin(run, ctx);
    boolean forced = AttemptTracking.forceRequested(release);
    try {
      return new AtomicRelease(tools).run(run, forced, ctx.events());
    } finally {
      AttemptTracking.end(run);
      HelmReleaseStatus status = release.getStatus();
      status.setStorageNamespace(run.storageNamespace());
      status.setHistory(
          ReleaseHistory.snapshots(
              tools.storage().history(run.storageNamespace(), run.releaseName())));
    }
  }

  /**
   * With {@code upgrade.preserveValues} the values are merged over those of the current revision
   * (not of an uninstalled one, which the next action installs afresh).
   */
  private ComposedValues preserved(
      HelmRelease release, ComposedValues composed, ReleaseTools tools) {
    Upgrade upgrade = release.getSpec().getUpgrade();
    if (upgrade == null || !Boolean.TRUE.equals(upgrade.getPreserveValues())) {
      return composed;
    }
    return tools
        .storage()
        .latest(ReleaseNames.storageNamespace(release), ReleaseNames.releaseName(release))
        .filter(r -> !StoredRelease.UNINSTALLED.equals(r.status()) && r.config() != null)
        .map(r -> composed.over(r.config()))
        .orElse(composed);
  }

  private ReconcileResult notReady(ReconcileContext ctx, String message) {
    ctx.conditions().markFalse(ConditionTypes.READY, HelmReleaseReasons.ARTIFACT_FAILED, message);
    return ReconcileResult.requeueAfter(ctx.options().requeueDependency());
  }

  @Override
  public void cleanup(HelmRelease release, ReconcileContext ctx) {
    if (!Boolean.TRUE.equals(release.getSpec().getSuspend())) {
      try (TargetCluster target = targetOf(release)) {
        // nothing is rendered for an uninstall: it deletes what the stored release lists
        new UninstallAction(toolsOn.apply(target.client()), false)
            .run(new ReleaseRun(release, ctx.conditions(), null, null, null));
      } catch (TargetClusterException e) {
        // as upstream: a cluster that can no longer be reached must not keep the object forever
        LOG.warn("skipping the uninstall of the release: {}", e.getMessage());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while uninstalling", e);
      }
    }
    templates.delete(release);
  }

  @Override
  public List<DependencyWatch<?, HelmRelease>> dependencies() {
    return ChartWatches.all();
  }
}
