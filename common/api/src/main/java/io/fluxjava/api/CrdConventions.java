package io.fluxjava.api;

/** Values shared by the CRD annotations of every Flux kind: categories and printer columns. */
public final class CrdConventions {

  /** CRD annotation that keeps kustomize-controller from substituting variables in Flux CRDs. */
  public static final String SUBSTITUTE_DISABLED =
      "kustomize.toolkit.fluxcd.io/substitute=disabled";

  public static final String CATEGORY_ALL = "all";
  public static final String CATEGORY_FLUXCD = "fluxcd";
  public static final String CATEGORY_SOURCES = "fluxcd-sources";
  public static final String CATEGORY_APPLIERS = "fluxcd-appliers";
  public static final String CATEGORY_NOTIFICATIONS = "fluxcd-notifications";

  public static final String AGE = "Age";
  public static final String AGE_PATH = ".metadata.creationTimestamp";
  public static final String READY = "Ready";
  public static final String READY_PATH = ".status.conditions[?(@.type==\"Ready\")].status";
  public static final String STATUS = "Status";
  public static final String STATUS_PATH = ".status.conditions[?(@.type==\"Ready\")].message";

  private CrdConventions() {}
}
