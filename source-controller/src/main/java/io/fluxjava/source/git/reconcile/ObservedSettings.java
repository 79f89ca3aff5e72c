package io.fluxjava.source.git.reconcile;

import io.fluxjava.api.meta.Artifact;
import io.fluxjava.api.source.GitRepository;
import io.fluxjava.api.source.GitRepositorySpec;
import io.fluxjava.api.source.GitRepositoryStatus;
import io.fluxjava.api.source.SourceConditionTypes;
import io.fluxjava.runtime.conditions.Conditions;
import java.util.List;
import java.util.Objects;

/**
 * The settings an artifact was built with ({@code status.observed*}, {@code includedArtifacts}):
 * recorded with each new artifact, and compared to decide whether a fetch can be skipped.
 */
final class ObservedSettings {

  private ObservedSettings() {}

  /** Records the spec settings and include artifacts the new artifact was built from. */
  static void record(GitRepository obj, List<Artifact> includedArtifacts) {
    GitRepositorySpec spec = obj.getSpec();
    GitRepositoryStatus status = obj.getStatus();
    status.setIncludedArtifacts(includedArtifacts.isEmpty() ? null : includedArtifacts);
    status.setObservedIgnore(spec.getIgnore());
    status.setObservedRecurseSubmodules(spec.getRecurseSubmodules());
    status.setObservedInclude(spec.getInclude());
    status.setObservedSparseCheckout(spec.getSparseCheckout());
  }

  /**
   * Whether an artifact exists that was built from the same settings and include artifacts, with
   * any requested verification already passed for the same mode: then only a new upstream revision
   * needs a fetch.
   */
  static boolean unchanged(
      GitRepository obj, Conditions conditions, List<Artifact> includedArtifacts) {
    GitRepositoryStatus status = obj.getStatus();
    GitRepositorySpec spec = obj.getSpec();
    if (status.getArtifact() == null) {
      return false;
    }
    boolean verificationSettled =
        spec.getVerify() == null
            ? status.getSourceVerificationMode() == null
            : conditions.isTrue(SourceConditionTypes.SOURCE_VERIFIED)
                && spec.getVerify().getMode() == status.getSourceVerificationMode();
    return verificationSettled
        && Objects.equals(spec.getIgnore(), status.getObservedIgnore())
        && Boolean.TRUE.equals(spec.getRecurseSubmodules())
            == Boolean.TRUE.equals(status.getObservedRecurseSubmodules())
        && emptyIfNull(spec.getInclude()).equals(emptyIfNull(status.getObservedInclude()))
        && emptyIfNull(spec.getSparseCheckout())
            .equals(emptyIfNull(status.getObservedSparseCheckout()))
        && includedArtifacts.equals(emptyIfNull(status.getIncludedArtifacts()));
  }

  private static <T> List<T> emptyIfNull(List<T> list) {
    return list == null ? List.of() : list;
  }
}
