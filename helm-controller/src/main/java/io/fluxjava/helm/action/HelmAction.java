package io.fluxjava.helm.action;

/**
 * One Helm action (install, upgrade, test, rollback, uninstall, unlock) run against the observed
 * release; it writes the release storage, the conditions and the failure counters it owns.
 */
public interface HelmAction {

  /** Runs the action; failures are reported in the outcome, not thrown. */
  ActionOutcome run(ReleaseRun run) throws InterruptedException;
}
