package io.fluxjava.source.helm;

/**
 * A chart build failed; carries upstream's reason, and whether the failure is in fetching (the
 * chart or its source could not be got: {@code FetchFailed}) or in building ({@code BuildFailed}).
 */
public final class ChartBuildException extends Exception {

  private static final long serialVersionUID = 1L;

  private final String reason;
  private final boolean fetchFailure;

  private ChartBuildException(String reason, String summary, String detail, boolean fetchFailure) {
    super(summary + ": " + detail);
    this.reason = reason;
    this.fetchFailure = fetchFailure;
  }

  /** The chart name, version or source does not resolve. */
  static ChartBuildException reference(String detail) {
    return new ChartBuildException(
        HelmReasons.INVALID_CHART_REFERENCE, "invalid chart reference", detail, true);
  }

  /** The chart could not be downloaded. */
  static ChartBuildException pull(String detail) {
    return new ChartBuildException(HelmReasons.CHART_PULL_ERROR, "chart pull error", detail, true);
  }

  /** Values files could not be read or merged. */
  static ChartBuildException values(String detail) {
    return new ChartBuildException(
        HelmReasons.VALUES_FILES_ERROR, "values files merge error", detail, false);
  }

  /** Dependencies could not be resolved or vendored. */
  static ChartBuildException dependencies(String detail) {
    return new ChartBuildException(
        HelmReasons.DEPENDENCY_BUILD_ERROR, "dependency build error", detail, false);
  }

  /** The chart could not be loaded or packaged. */
  static ChartBuildException packaging(String detail) {
    return new ChartBuildException(
        HelmReasons.CHART_PACKAGE_ERROR, "chart package error", detail, false);
  }

  public String reason() {
    return reason;
  }

  /** Whether the failure belongs to {@code FetchFailed} rather than {@code BuildFailed}. */
  public boolean fetchFailure() {
    return fetchFailure;
  }
}
