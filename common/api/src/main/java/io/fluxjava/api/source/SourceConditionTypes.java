package io.fluxjava.api.source;

/** Condition types of the source kinds, besides Ready, Reconciling and Stalled. */
public final class SourceConditionTypes {

  /** True when the artifact for the current revision is in storage. */
  public static final String ARTIFACT_IN_STORAGE = "ArtifactInStorage";

  /** Present (True) while a new upstream revision is not stored yet. */
  public static final String ARTIFACT_OUTDATED = "ArtifactOutdated";

  /** Present (True) while fetching from upstream fails. */
  public static final String FETCH_FAILED = "FetchFailed";

  /** Present (True) while building the artifact fails. */
  public static final String BUILD_FAILED = "BuildFailed";

  /** Present (True) while a storage operation fails. */
  public static final String STORAGE_OPERATION_FAILED = "StorageOperationFailed";

  /** True or False outcome of signature verification; only present when it is configured. */
  public static final String SOURCE_VERIFIED = "SourceVerified";

  /** Present (True) while an included GitRepository has no artifact. */
  public static final String INCLUDE_UNAVAILABLE = "IncludeUnavailable";

  private SourceConditionTypes() {}
}
