package io.fluxjava.api.source;

/** Condition reasons specific to the source kinds. */
public final class SourceReasons {

  public static final String NEW_REVISION = "NewRevision";
  public static final String ARTIFACT_UP_TO_DATE = "ArtifactUpToDate";
  public static final String URL_INVALID = "URLInvalid";
  public static final String AUTHENTICATION_FAILED = "AuthenticationFailed";
  public static final String VERIFICATION_ERROR = "VerificationError";
  public static final String GIT_OPERATION_FAILED = "GitOperationFailed";
  public static final String GIT_OPERATION_SUCCEEDED = "GitOperationSucceeded";
  public static final String DIRECTORY_CREATION_FAILED = "DirectoryCreationFailed";
  public static final String STAT_OPERATION_FAILED = "StatOperationFailed";
  public static final String READ_OPERATION_FAILED = "ReadOperationFailed";
  public static final String ACQUIRE_LOCK_FAILED = "AcquireLockFailed";
  public static final String INVALID_PATH = "InvalidPath";
  public static final String ARCHIVE_OPERATION_FAILED = "ArchiveOperationFailed";
  public static final String SYMLINK_UPDATE_FAILED = "SymlinkUpdateFailed";
  public static final String CACHE_OPERATION_FAILED = "CacheOperationFailed";
  public static final String PATCH_OPERATION_FAILED = "PatchOperationFailed";
  public static final String INVALID_STS_CONFIGURATION = "InvalidSTSConfiguration";
  public static final String INVALID_PROVIDER_CONFIGURATION = "InvalidProviderConfiguration";

  /** HelmChart: the chart was pulled from a Helm repository as is. */
  public static final String CHART_PULL_SUCCEEDED = "ChartPullSucceeded";

  /** HelmChart: the chart was packaged from a Git or Bucket source (or with values files). */
  public static final String CHART_PACKAGE_SUCCEEDED = "ChartPackageSucceeded";

  private SourceReasons() {}
}
