package io.fluxjava.api.helm;

/** Labels and annotations helm-controller sets or reads on released objects. */
public final class HelmMetadata {

  /** Ownership label: name of the HelmRelease (also set on the generated HelmChart). */
  public static final String NAME_LABEL = "helm.toolkit.fluxcd.io/name";

  /** Ownership label: namespace of the HelmRelease. */
  public static final String NAMESPACE_LABEL = "helm.toolkit.fluxcd.io/namespace";

  /** {@link #DISABLED} excludes the object from drift detection. */
  public static final String DRIFT_DETECTION = "helm.toolkit.fluxcd.io/driftDetection";

  public static final String DISABLED = "disabled";

  private HelmMetadata() {}
}
