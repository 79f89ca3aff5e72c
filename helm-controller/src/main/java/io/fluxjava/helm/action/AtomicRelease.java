package io.fluxjava.helm.action;

import io.fluxjava.api.ConditionTypes;
import io.fluxjava.api.Reasons;
import io.fluxjava.api.helm.HelmReleaseConditionTypes;
import io.fluxjava.helm.storage.StoredRelease;
import io.fluxjava.runtime.ReconcileResult;
import io.fluxjava.runtime.events.EventSeverity;
import io.fluxjava.runtime.events.ObjectEvents;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drives a release to the desired state as upstream's atomic release does: asks the planner for the
 * next action, runs it, and repeats until the release is in sync, a remediation ran (the retry
 * follows on the next reconcile) or retries are exhausted.
 */
public final class AtomicRelease {

  private static final Logger LOG = LoggerFactory.getLogger(AtomicRelease.class);

  /** Guards against a planner loop; a full cycle (unlock, upgrade, test) needs fewer. */
  private static final int MAX_ACTIONS = 10;

  private static final int DEFAULT_MAX_HISTORY = 5;

  private final ReleaseTools tools;
  private final NextActionPlanner planner = new NextActionPlanner();
  private final DriftCorrection drift;

  public AtomicRelease(ReleaseTools tools) {
    this.tools = tools;
    this.drift = new DriftCorrection(tools);
  }

  /** Runs actions until the release is settled; returns the reconcile's result. */
  public ReconcileResult run(ReleaseRun run, boolean forced, ObjectEvents events)
      throws InterruptedException {
    boolean force = forced;
    for (int i = 0; i < MAX_ACTIONS; i++) {
      List<StoredRelease> history =
          tools.storage().history(run.storageNamespace(), run.releaseName());
      NextAction next = planner.next(run, history, force);
      LOG.debug("next Helm action {}", next.kind());
      switch (next.kind()) {
        case IN_SYNC -> {
          drift.check(run, history.get(0), events);
          return ready(run);
        }
        case STALL -> {
          return ReconcileResult.stalledKeepingReady(next.reason(), next.message());
        }
        default -> {
          // run below
        }
      }
      ActionOutcome outcome = action(next).run(run);
      record(events, outcome, run);
      tools.storage().prune(run.storageNamespace(), run.releaseName(), maxHistory(run));
      force =
          force && next.kind() != NextAction.Kind.UPGRADE && next.kind() != NextAction.Kind.INSTALL;
      if (next.isRemediation()) {
        // the retry (or the stall) comes with the next reconcile, as upstream does
        return ReconcileResult.failure(outcome.reason(), outcome.message());
      }
    }
    return ReconcileResult.failure(Reasons.FAILED, "too many release actions in one reconcile");
  }

  /** {@code spec.maxHistory}, upstream's default 5; 0 keeps every revision. */
  private static int maxHistory(ReleaseRun run) {
    Integer max = run.release().getSpec().getMaxHistory();
    return max == null ? DEFAULT_MAX_HISTORY : max;
  }

  private HelmAction action(NextAction next) {
    return switch (next.kind()) {
      case INSTALL -> new InstallAction(tools);
      case UPGRADE -> new UpgradeAction(tools);
      case TEST -> new TestAction(tools);
      case ROLLBACK -> new RollbackAction(tools);
      case UNINSTALL -> new UninstallAction(tools, true);
      case UNLOCK -> new UnlockAction(tools);
      case IN_SYNC, STALL -> throw new IllegalArgumentException(next.kind() + " is not an action");
    };
  }

  private static void record(ObjectEvents events, ActionOutcome outcome, ReleaseRun run) {
    events.record(
        outcome.succeeded() ? EventSeverity.INFO : EventSeverity.ERROR,
        outcome.reason(),
        outcome.message(),
        Map.of("revision", run.chart().version(), "token", run.values().configDigest()));
  }

  /**
   * Ready from the most relevant condition: a passing TestSuccess when tests count, else Released.
   */
  private static ReconcileResult ready(ReleaseRun run) {
    String type =
        NextActionPlanner.testsEnabled(run.release().getSpec())
                && !ignoresTestFailures(run)
                && run.conditions().isTrue(HelmReleaseConditionTypes.TEST_SUCCESS)
            ? HelmReleaseConditionTypes.TEST_SUCCESS
            : HelmReleaseConditionTypes.RELEASED;
    run.conditions()
        .get(type)
        .ifPresentOrElse(
            c -> run.conditions().markTrue(ConditionTypes.READY, c.getReason(), c.getMessage()),
            () ->
                run.conditions()
                    .markTrue(
                        ConditionTypes.READY,
                        Reasons.SUCCEEDED,
                        "Helm release " + run.releaseName() + " is in sync"));
    return ReconcileResult.success();
  }

  private static boolean ignoresTestFailures(ReleaseRun run) {
    return run.release().getSpec().getTest() != null
        && Boolean.TRUE.equals(run.release().getSpec().getTest().getIgnoreFailures());
  }
}
