package io.fluxjava.helm.render;

/** The labels and annotations Helm puts on every object of a release. */
public final class HelmObjectMetadata {

  public static final String MANAGED_BY_LABEL = "app.kubernetes.io/managed-by";
  public static final String MANAGED_BY = "Helm";
  public static final String RELEASE_NAME_ANNOTATION = "meta.helm.sh/release-name";
  public static final String RELEASE_NAMESPACE_ANNOTATION = "meta.helm.sh/release-namespace";

  private HelmObjectMetadata() {}
}
