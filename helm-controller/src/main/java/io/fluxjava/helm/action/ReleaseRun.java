package io.fluxjava.helm.action;

import io.fluxjava.api.helm.HelmRelease;
import io.fluxjava.api.helm.HelmReleaseStatus;
import io.fluxjava.apply.OwnerLabels;
import io.fluxjava.helm.chart.LoadedChart;
import io.fluxjava.helm.render.ReleaseNames;
import io.fluxjava.helm.render.RenderedRelease;
import io.fluxjava.helm.storage.StoredRelease;
import io.fluxjava.helm.values.ComposedValues;
import io.fluxjava.runtime.GoDuration;
import io.fluxjava.runtime.conditions.Conditions;
import java.time.Duration;
import java.util.Map;

/**
 * One reconcile's view of a HelmRelease for the release actions: the desired chart, values and
 * rendered objects, the names Helm uses, and the conditions to report on.
 */
public final class ReleaseRun {

  /** Upstream's default {@code spec.timeout}. */
  private static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(5);

  private final HelmRelease release;
  private final Conditions conditions;
  private final LoadedChart chart;
  private final ComposedValues values;
  private final RenderedRelease rendered;

  public ReleaseRun(
      HelmRelease release,
      Conditions conditions,
      LoadedChart chart,
      ComposedValues values,
      RenderedRelease rendered) {
    this.release = release;
    this.conditions = conditions;
    this.chart = chart;
    this.values = values;
    this.rendered = rendered;
    if (release.getStatus() == null) {
      release.setStatus(new HelmReleaseStatus());
    }
  }

  public HelmRelease release() {
    return release;
  }

  public HelmReleaseStatus status() {
    return release.getStatus();
  }

  public Conditions conditions() {
    return conditions;
  }

  public LoadedChart chart() {
    return chart;
  }

  public ComposedValues values() {
    return values;
  }

  public RenderedRelease rendered() {
    return rendered;
  }

  public String releaseName() {
    return ReleaseNames.releaseName(release);
  }

  public String targetNamespace() {
    return ReleaseNames.targetNamespace(release);
  }

  public String storageNamespace() {
    return ReleaseNames.storageNamespace(release);
  }

  /** The labels marking objects as belonging to this HelmRelease. */
  public Map<String, String> ownerLabels() {
    return OwnerLabels.helmRelease(
        release.getMetadata().getName(), release.getMetadata().getNamespace());
  }

  /** {@code <name>@<version>} of the desired chart, as upstream writes it in messages. */
  public String chartReference() {
    return chart.name() + "@" + chart.version();
  }

  /** {@code <targetNamespace>/<release>.v<revision>}, as upstream writes it in messages. */
  public String releaseReference(int revision) {
    return targetNamespace() + "/" + releaseName() + ".v" + revision;
  }

  /** {@code <ns>/<release>.v<revision> with chart <name>@<version>} of a stored revision. */
  public String describe(StoredRelease revision) {
    return releaseReference(revision.version())
        + " with chart "
        + revision.chart().name()
        + "@"
        + revision.chart().version();
  }

  /** The action's own timeout when set, else {@code spec.timeout}, else 5 minutes. */
  public Duration timeout(String actionTimeout) {
    String value = actionTimeout != null ? actionTimeout : release.getSpec().getTimeout();
    return value == null ? DEFAULT_TIMEOUT : GoDuration.parse(value);
  }
}
