package io.fluxjava.runtime.conditions;

import io.fluxjava.api.Reasons;

/**
 * The condition types and reasons the runtime itself writes, gathered for reconciler authors; the
 * values are flux-api's ({@link io.fluxjava.api.ConditionTypes}, {@link Reasons}).
 */
public final class ConditionTypes {

  public static final String READY = io.fluxjava.api.ConditionTypes.READY;
  public static final String RECONCILING = io.fluxjava.api.ConditionTypes.RECONCILING;
  public static final String STALLED = io.fluxjava.api.ConditionTypes.STALLED;

  public static final String REASON_SUCCEEDED = Reasons.SUCCEEDED;
  public static final String REASON_FAILED = Reasons.FAILED;
  public static final String REASON_PROGRESSING = Reasons.PROGRESSING;
  public static final String REASON_PROGRESSING_WITH_RETRY = Reasons.PROGRESSING_WITH_RETRY;

  private ConditionTypes() {}
}
