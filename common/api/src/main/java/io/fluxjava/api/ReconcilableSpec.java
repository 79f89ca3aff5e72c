package io.fluxjava.api;

/** The spec fields every reconciled Flux kind shares, so the runtime can schedule any of them. */
public interface ReconcilableSpec {

  /** How often the object is reconciled, as a duration string; may be null where it is optional. */
  String getInterval();

  /** Whether reconciliation is suspended; null means false. */
  Boolean getSuspend();
}
