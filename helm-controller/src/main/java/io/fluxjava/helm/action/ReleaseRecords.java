package io.fluxjava.helm.action;

import io.fluxjava.helm.storage.StoredRelease;
import java.time.Clock;
import java.util.Optional;

/** Builds the release records Helm writes when an action starts. */
final class ReleaseRecords {

  private ReleaseRecords() {}

  /** A new revision of the desired chart and values, in the given (pending) status. */
  static StoredRelease pending(
      ReleaseRun run,
      int version,
      Optional<StoredRelease> previous,
      String status,
      String description,
      Clock clock) {
    String now = clock.instant().toString();
    String firstDeployed = previous.map(p -> p.info().firstDeployed()).orElse(now);
    return new StoredRelease(
        run.releaseName(),
        new StoredRelease.Info(firstDeployed, now, "", description, status, ""),
        run.chart().toRecord(),
        run.values().values(),
        run.rendered().manifest(),
        run.rendered().hooks(),
        version,
        run.targetNamespace());
  }

  /** Helm's description of a failed revision. */
  static String failedDescription(ReleaseRun run, String error) {
    return "Release \"" + run.releaseName() + "\" failed: " + error;
  }
}
