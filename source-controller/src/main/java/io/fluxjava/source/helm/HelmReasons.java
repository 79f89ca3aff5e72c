package io.fluxjava.source.helm;

/** Condition and event reasons of the Helm source kinds that the shared reason list lacks. */
public final class HelmReasons {

  /** Event reason of a newly stored artifact. */
  public static final String NEW_ARTIFACT = "NewArtifact";

  /** A chart reference that does not resolve (name, version, source). */
  public static final String INVALID_CHART_REFERENCE = "InvalidChartReference";

  /** A chart could not be downloaded or pulled. */
  public static final String CHART_PULL_ERROR = "ChartPullError";

  /** A chart could not be packaged. */
  public static final String CHART_PACKAGE_ERROR = "ChartPackageError";

  /** The values files could not be merged. */
  public static final String VALUES_FILES_ERROR = "ValuesFilesError";

  /** The chart's dependencies could not be built. */
  public static final String DEPENDENCY_BUILD_ERROR = "DependencyBuildError";

  /** Chart verification was asked for but cannot be done here. */
  public static final String CHART_VERIFICATION_ERROR = "ChartVerificationError";

  /** The HelmChart's source object cannot be read. */
  public static final String SOURCE_UNAVAILABLE = "SourceUnavailable";

  /** The HelmChart's source has no artifact yet. */
  public static final String NO_SOURCE_ARTIFACT = "NoSourceArtifact";

  private HelmReasons() {}
}
