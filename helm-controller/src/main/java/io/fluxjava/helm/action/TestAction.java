package io.fluxjava.helm.action;

import io.fluxjava.api.helm.HelmReleaseConditionTypes;
import io.fluxjava.api.helm.HelmReleaseReasons;
import io.fluxjava.api.helm.HelmReleaseSpec;
import io.fluxjava.api.helm.ReleaseAction;
import io.fluxjava.api.helm.Test;
import io.fluxjava.helm.render.HookAnnotations;
import io.fluxjava.helm.storage.StoredRelease;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Runs the test hooks of the deployed revision ({@code spec.test.enable}) and records their runs in
 * the release, as {@code helm test} does; a failure counts against the last install or upgrade
 * unless {@code ignoreFailures}.
 */
public final class TestAction implements HelmAction {

  private final ReleaseTools tools;

  public TestAction(ReleaseTools tools) {
    this.tools = tools;
  }

  /** True when the revision has test hooks the filters select that have not run yet. */
  static boolean pending(StoredRelease release, HelmReleaseSpec spec) {
    return release.hooks().stream()
        .filter(TestAction::isTest)
        .filter(TestFilters.of(spec))
        .anyMatch(h -> h.lastRun() == null || h.lastRun().startedAt().isEmpty());
  }

  /** True when a test hook of the revision ran and failed. */
  public static boolean failed(StoredRelease release) {
    return release.hooks().stream()
        .filter(TestAction::isTest)
        .anyMatch(h -> h.lastRun() != null && "Failed".equals(h.lastRun().phase()));
  }

  static boolean isTest(StoredRelease.Hook hook) {
    return hook.events().contains(HookAnnotations.TEST);
  }

  @Override
  public ActionOutcome run(ReleaseRun run) throws InterruptedException {
    Test spec = Optional.ofNullable(run.release().getSpec().getTest()).orElseGet(Test::new);
    StoredRelease current =
        tools
            .storage()
            .latest(run.storageNamespace(), run.releaseName())
            .orElseThrow(() -> new IllegalStateException("no release to test"));
    String reference = run.describe(current);
    Predicate<StoredRelease.Hook> selected = TestFilters.of(run.release().getSpec());
    long count = current.hooks().stream().filter(TestAction::isTest).filter(selected).count();
    try {
      List<StoredRelease.Hook> ran =
          tools
              .hooks()
              .run(
                  run,
                  current.hooks(),
                  HookAnnotations.TEST,
                  run.timeout(spec.getTimeout()),
                  selected);
      tools.storage().save(run.storageNamespace(), current.withHooks(ran));
    } catch (HookFailedException e) {
      tools.storage().save(run.storageNamespace(), current.withHooks(e.hooks()));
      String message = "Helm test failed for release " + reference + ": " + e.getMessage();
      run.conditions()
          .markFalse(
              HelmReleaseConditionTypes.TEST_SUCCESS, HelmReleaseReasons.TEST_FAILED, message);
      if (!Boolean.TRUE.equals(spec.getIgnoreFailures())) {
        if (run.status().getLastAttemptedReleaseAction() == ReleaseAction.INSTALL) {
          FailureCounters.countInstallFailure(run.status());
        } else {
          FailureCounters.countUpgradeFailure(run.status());
        }
      }
      return ActionOutcome.failure(HelmReleaseReasons.TEST_FAILED, message);
    }
    String message =
        "Helm test succeeded for release "
            + reference
            + ": "
            + (count == 0 ? "no test hooks" : count + " test hook(s) completed successfully");
    run.conditions()
        .markTrue(
            HelmReleaseConditionTypes.TEST_SUCCESS, HelmReleaseReasons.TEST_SUCCEEDED, message);
    return ActionOutcome.success(HelmReleaseReasons.TEST_SUCCEEDED, message);
  }
}
