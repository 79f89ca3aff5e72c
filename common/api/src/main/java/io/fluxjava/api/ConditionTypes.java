package io.fluxjava.api;

/** Condition types every reconciled Flux kind uses (kstatus). */
public final class ConditionTypes {

  /**
   * The object reached its desired state (True), failed (False) or is being worked on (Unknown).
   */
  public static final String READY = "Ready";

  /** Present, and True, only while the controller works on the object. */
  public static final String RECONCILING = "Reconciling";

  /** Present, and True, only when the object cannot progress without a change. */
  public static final String STALLED = "Stalled";

  private ConditionTypes() {}
}
