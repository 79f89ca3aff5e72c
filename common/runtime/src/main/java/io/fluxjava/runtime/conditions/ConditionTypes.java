package io.fluxjava.runtime.conditions;

import java.util.Set;

/** The condition types and reasons every Flux kind shares (kstatus and fluxcd/pkg/apis/meta). */
public final class ConditionTypes {

  public static final String READY = "Ready";
  public static final String RECONCILING = "Reconciling";
  public static final String STALLED = "Stalled";

  public static final String REASON_SUCCEEDED = "Succeeded";
  public static final String REASON_FAILED = "Failed";
  public static final String REASON_PROGRESSING = "Progressing";
  public static final String REASON_PROGRESSING_WITH_RETRY = "ProgressingWithRetry";

  /** Types that are abnormal when True: present only while True, removed instead of set False. */
  public static final Set<String> NEGATIVE_POLARITY =
      Set.of(
          RECONCILING,
          STALLED,
          "FetchFailed",
          "BuildFailed",
          "StorageOperationFailed",
          "IncludeUnavailable",
          "ArtifactOutdated");

  private ConditionTypes() {}
}
