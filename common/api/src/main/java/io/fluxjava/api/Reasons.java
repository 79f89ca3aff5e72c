package io.fluxjava.api;

/** Condition reasons shared by all reconciled Flux kinds. */
public final class Reasons {

  public static final String SUCCEEDED = "Succeeded";
  public static final String FAILED = "Failed";
  public static final String PROGRESSING = "Progressing";
  public static final String PROGRESSING_WITH_RETRY = "ProgressingWithRetry";
  public static final String DEPENDENCY_NOT_READY = "DependencyNotReady";
  public static final String INVALID_CEL_EXPRESSION = "InvalidCELExpression";
  public static final String FEATURE_GATE_DISABLED = "FeatureGateDisabled";
  public static final String ACCESS_DENIED = "AccessDenied";

  /** Defined upstream but never set: suspension writes no condition. */
  public static final String SUSPENDED = "Suspended";

  private Reasons() {}
}
