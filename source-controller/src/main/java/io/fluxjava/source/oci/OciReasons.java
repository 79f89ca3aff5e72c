package io.fluxjava.source.oci;

/** Condition and event reasons of OCIRepository that the shared reason list lacks. */
public final class OciReasons {

  /** The artifact could not be resolved or pulled. */
  public static final String PULL_FAILED = "OCIArtifactPullFailed";

  /** The selected layer could not be extracted or copied. */
  public static final String LAYER_OPERATION_FAILED = "OCIArtifactLayerOperationFailed";

  /** Event reason of a newly stored artifact. */
  public static final String NEW_ARTIFACT = "NewArtifact";

  private OciReasons() {}
}
