package io.fluxjava.source.git.reconcile;

import io.fluxjava.api.source.SourceConditionTypes;
import io.fluxjava.api.source.SourceReasons;
import io.fluxjava.runtime.ReconcileContext;
import io.fluxjava.runtime.ReconcileResult;
import io.fluxjava.source.git.GitException;
import io.fluxjava.source.support.SourceProgress;

/** Maps Git failures to upstream's conditions, reasons and messages. */
final class GitFailures {

  private GitFailures() {}

  /**
   * A signature problem is {@code SourceVerified=False} (VerificationError); credentials problems
   * and Git errors are {@code FetchFailed} (AuthenticationFailed, GitOperationFailed).
   */
  static ReconcileResult toResult(ReconcileContext ctx, GitException e) {
    return switch (e.kind()) {
      case VERIFICATION -> {
        ctx.conditions()
            .markFalse(
                SourceConditionTypes.SOURCE_VERIFIED,
                SourceReasons.VERIFICATION_ERROR,
                e.getMessage());
        ctx.events().warning(SourceReasons.VERIFICATION_ERROR, e.getMessage());
        yield ReconcileResult.failure(SourceReasons.VERIFICATION_ERROR, e.getMessage());
      }
      case AUTHENTICATION ->
          SourceProgress.fail(
              ctx,
              SourceConditionTypes.FETCH_FAILED,
              SourceReasons.AUTHENTICATION_FAILED,
              e.getMessage());
      case OPERATION ->
          SourceProgress.fail(
              ctx,
              SourceConditionTypes.FETCH_FAILED,
              SourceReasons.GIT_OPERATION_FAILED,
              "failed to checkout and determine revision: " + e.getMessage());
    };
  }
}
