package io.fluxjava.api.kustomize;

/** Condition types of a Kustomization, besides Ready, Reconciling and Stalled. */
public final class KustomizationConditionTypes {

  /** Outcome of health checks; only present when wait or healthChecks is set. */
  public static final String HEALTHY = "Healthy";

  private KustomizationConditionTypes() {}
}
