package io.fluxjava.helm;

import io.fluxjava.api.ConditionTypes;
import io.fluxjava.api.FluxMetadata;
import io.fluxjava.api.Reasons;
import io.fluxjava.api.helm.HelmRelease;
import io.fluxjava.api.helm.HelmReleaseStatus;
import io.fluxjava.helm.action.ReleaseRun;
import io.fluxjava.runtime.ReconcileContext;
import java.util.Objects;

/**
 * The bookkeeping around one release attempt: the {@code lastAttempted*} fields, fresh failure
 * counters for a new desired state or a {@code resetAt} request, and the {@code forceAt} / {@code
 * resetAt} tokens handled.
 */
final class AttemptTracking {

  private AttemptTracking() {}

  static void begin(ReleaseRun run, ReconcileContext ctx) {
    HelmReleaseStatus status = run.status();
    boolean newTarget =
        !Objects.equals(status.getLastAttemptedRevision(), run.chart().version())
            || !Objects.equals(status.getLastAttemptedConfigDigest(), run.values().configDigest());
    if (newTarget
        || unhandled(run.release(), FluxMetadata.RESET_AT, status.getLastHandledResetAt())) {
      status.setFailures(null);
      status.setInstallFailures(null);
      status.setUpgradeFailures(null);
    }
    status.setLastAttemptedRevision(run.chart().version());
    status.setLastAttemptedConfigDigest(run.values().configDigest());
    status.setLastAttemptedValuesChecksum(run.values().checksum());
    status.setLastAttemptedGeneration(run.release().getMetadata().getGeneration());
    ctx.conditions()
        .markTrue(
            ConditionTypes.RECONCILING,
            Reasons.PROGRESSING,
            "Reconciling release "
                + run.targetNamespace()
                + "/"
                + run.releaseName()
                + " with chart "
                + run.chartReference());
  }

  /** True when a {@code forceAt} token asks for a one-off install or upgrade. */
  static boolean forceRequested(HelmRelease release) {
    return unhandled(release, FluxMetadata.FORCE_AT, release.getStatus().getLastHandledForceAt());
  }

  /** Records the tokens as handled, acted upon or not, as upstream does. */
  static void end(ReleaseRun run) {
    String force = annotation(run.release(), FluxMetadata.FORCE_AT);
    if (force != null) {
      run.status().setLastHandledForceAt(force);
    }
    String reset = annotation(run.release(), FluxMetadata.RESET_AT);
    if (reset != null) {
      run.status().setLastHandledResetAt(reset);
    }
  }

  private static boolean unhandled(HelmRelease release, String key, String handled) {
    String value = annotation(release, key);
    return value != null && !value.equals(handled);
  }

  private static String annotation(HelmRelease release, String key) {
    return release.getMetadata().getAnnotations() == null
        ? null
        : release.getMetadata().getAnnotations().get(key);
  }
}
