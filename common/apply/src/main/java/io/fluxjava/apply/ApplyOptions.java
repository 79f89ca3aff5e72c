package io.fluxjava.apply;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How {@link ApplyEngine} applies a set of objects.
 *
 * @param fieldManager the server-side apply field manager ({@code kustomize-controller}, {@code
 *     helm-controller})
 * @param force recreate objects whose immutable fields changed ({@code spec.force}); objects
 *     annotated {@code kustomize.toolkit.fluxcd.io/force: Enabled} are recreated regardless
 * @param ownerLabels labels set on every applied object, e.g. {@code
 *     kustomize.toolkit.fluxcd.io/name} and {@code …/namespace}; prune deletes only live objects
 *     carrying all of them
 * @param overrideManagers extra field managers whose fields are taken over ({@code
 *     --override-manager}); {@code kubectl*} and {@code before-first-apply} always are
 * @param waitInterval poll interval while waiting for CRDs, Namespaces and classes to be ready
 * @param waitTimeout how long to wait for them
 * @param customStageKinds kinds applied in their own stage after the class definitions ({@code
 *     --custom-apply-stage-kinds}), as {@code group/Kind}, or {@code Kind} for the core group
 * @param concurrency how many dry-runs run at once ({@code --concurrent-ssa}); writes stay
 *     sequential
 */
public record ApplyOptions(
    String fieldManager,
    boolean force,
    Map<String, String> ownerLabels,
    List<String> overrideManagers,
    Duration waitInterval,
    Duration waitTimeout,
    Set<String> customStageKinds,
    int concurrency) {

  /** Upstream's stage wait: poll every 2 s for at most 60 s. */
  public static final Duration DEFAULT_WAIT_INTERVAL = Duration.ofSeconds(2);

  public static final Duration DEFAULT_WAIT_TIMEOUT = Duration.ofSeconds(60);

  /** Upstream's default {@code --concurrent-ssa}. */
  public static final int DEFAULT_CONCURRENCY = 4;

  public ApplyOptions {
    if (concurrency < 1) {
      throw new IllegalArgumentException("concurrency must be at least 1, got " + concurrency);
    }
    ownerLabels = Map.copyOf(ownerLabels);
    overrideManagers = List.copyOf(overrideManagers);
    customStageKinds = Set.copyOf(customStageKinds);
  }

  /** No force, no owner labels, upstream's wait interval, timeout and concurrency. */
  public static ApplyOptions defaults(String fieldManager) {
    return new ApplyOptions(
        fieldManager,
        false,
        Map.of(),
        List.of(),
        DEFAULT_WAIT_INTERVAL,
        DEFAULT_WAIT_TIMEOUT,
        Set.of(),
        DEFAULT_CONCURRENCY);
  }

  public ApplyOptions withForce(boolean newForce) {
    return new ApplyOptions(
        fieldManager,
        newForce,
        ownerLabels,
        overrideManagers,
        waitInterval,
        waitTimeout,
        customStageKinds,
        concurrency);
  }

  public ApplyOptions withOwnerLabels(Map<String, String> labels) {
    return new ApplyOptions(
        fieldManager,
        force,
        labels,
        overrideManagers,
        waitInterval,
        waitTimeout,
        customStageKinds,
        concurrency);
  }

  public ApplyOptions withOverrideManagers(List<String> managers) {
    return new ApplyOptions(
        fieldManager,
        force,
        ownerLabels,
        managers,
        waitInterval,
        waitTimeout,
        customStageKinds,
        concurrency);
  }

  public ApplyOptions withWait(Duration interval, Duration timeout) {
    return new ApplyOptions(
        fieldManager,
        force,
        ownerLabels,
        overrideManagers,
        interval,
        timeout,
        customStageKinds,
        concurrency);
  }

  public ApplyOptions withConcurrency(int dryRuns) {
    return new ApplyOptions(
        fieldManager,
        force,
        ownerLabels,
        overrideManagers,
        waitInterval,
        waitTimeout,
        customStageKinds,
        dryRuns);
  }

  public ApplyOptions withCustomStageKinds(Set<String> kinds) {
    return new ApplyOptions(
        fieldManager,
        force,
        ownerLabels,
        overrideManagers,
        waitInterval,
        waitTimeout,
        kinds,
        concurrency);
  }
}
