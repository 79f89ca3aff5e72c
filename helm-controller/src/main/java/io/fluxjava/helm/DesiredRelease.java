package io.fluxjava.helm;

import io.fluxjava.api.helm.CRDsPolicy;
import io.fluxjava.api.helm.HelmRelease;
import io.fluxjava.api.meta.Artifact;
import io.fluxjava.helm.chart.ChartLoader;
import io.fluxjava.helm.chart.LoadedChart;
import io.fluxjava.helm.render.ClusterVersion;
import io.fluxjava.helm.render.CommonMetadataRenderer;
import io.fluxjava.helm.render.ManifestDocument;
import io.fluxjava.helm.render.PostRenderers;
import io.fluxjava.helm.render.ReleaseNames;
import io.fluxjava.helm.render.ReleaseRenderer;
import io.fluxjava.helm.render.RenderRequest;
import io.fluxjava.helm.render.RenderedRelease;
import io.fluxjava.helm.values.ComposedValues;
import io.fluxjava.helm.values.ValuesComposer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Works out what the release should be: composes the values, loads the chart artifact and renders
 * it (then the post-renderers and the common metadata).
 */
final class DesiredRelease {

  /** The desired chart, values and rendered objects. */
  record Parts(LoadedChart chart, ComposedValues values, RenderedRelease rendered) {}

  private final ValuesComposer values;
  private final ChartLoader loader;
  private final ReleaseRenderer renderer;
  private final ClusterVersion clusterVersion;

  DesiredRelease(
      ValuesComposer values, ChartLoader loader, ReleaseRenderer renderer, ClusterVersion version) {
    this.values = values;
    this.loader = loader;
    this.renderer = renderer;
    this.clusterVersion = version;
  }

  ComposedValues values(HelmRelease release) {
    return values.compose(release);
  }

  /** Empty when the artifact is gone from the source server. */
  Optional<LoadedChart> chart(Artifact artifact, Path workDir) throws IOException {
    return loader.load(artifact, workDir);
  }

  RenderedRelease render(HelmRelease release, LoadedChart chart, ComposedValues composed) {
    RenderedRelease rendered =
        renderer.render(
            new RenderRequest(
                chart.dir(),
                ReleaseNames.releaseName(release),
                ReleaseNames.targetNamespace(release),
                composed.values(),
                clusterVersion.get(),
                readsCrds(release)));
    List<ManifestDocument> objects =
        PostRenderers.apply(rendered.objects(), release.getSpec().getPostRenderers());
    return new RenderedRelease(
        CommonMetadataRenderer.apply(objects, release.getSpec().getCommonMetadata()),
        rendered.hooks(),
        rendered.crds());
  }

  private static boolean readsCrds(HelmRelease release) {
    var install = release.getSpec().getInstall();
    var upgrade = release.getSpec().getUpgrade();
    boolean installSkips =
        install != null
            && (install.getCrds() == CRDsPolicy.SKIP
                || install.getCrds() == null && Boolean.TRUE.equals(install.getSkipCRDs()));
    boolean upgradeSkips =
        upgrade == null || upgrade.getCrds() == null || upgrade.getCrds() == CRDsPolicy.SKIP;
    return !(installSkips && upgradeSkips);
  }
}
