package io.fluxjava.kustomizecontroller.reconcile;

import io.fluxjava.api.ConditionTypes;
import io.fluxjava.api.Reasons;
import io.fluxjava.runtime.GoDuration;

/** The Reconciling messages upstream shows while a revision moves through the steps. */
final class Progress {

  private Progress() {}

  /**
   * Marks the run as in progress with {@code "<action> for revision <rev> with a timeout of <t>"}.
   */
  static void mark(KustomizationRun run, String action) {
    run.conditions()
        .markTrue(
            ConditionTypes.RECONCILING,
            Reasons.PROGRESSING,
            action
                + " for revision "
                + run.revision()
                + " with a timeout of "
                + GoDuration.format(run.timeout()));
  }
}
