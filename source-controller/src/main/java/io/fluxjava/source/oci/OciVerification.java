package io.fluxjava.source.oci;

import io.fluxjava.api.Reasons;
import io.fluxjava.api.source.OCIRepository;
import io.fluxjava.api.source.OCIRepositoryVerification;
import io.fluxjava.api.source.SourceConditionTypes;
import io.fluxjava.api.source.SourceReasons;
import io.fluxjava.api.source.VerificationProvider;
import io.fluxjava.runtime.ReconcileContext;
import io.fluxjava.runtime.ReconcileResult;
import io.fluxjava.source.support.SecretData;
import io.fluxjava.source.support.SourceProgress;
import java.io.IOException;
import java.security.GeneralSecurityException;

/**
 * The {@code spec.verify} step of an OCIRepository reconcile, run before anything is pulled. Only
 * cosign with public keys is supported; keyless and notation stall with a clear message.
 */
final class OciVerification {

  private final OciRepositoryAccess access;

  OciVerification(OciRepositoryAccess access) {
    this.access = access;
  }

  /** Sets {@code SourceVerified}; null when the artifact may be used, else the failed result. */
  ReconcileResult check(
      OCIRepository obj,
      ReconcileContext ctx,
      RegistryClient client,
      OciReference reference,
      ResolvedArtifact resolved)
      throws IOException {
    OCIRepositoryVerification verification = obj.getSpec().getVerify();
    if (verification == null) {
      ctx.conditions().delete(SourceConditionTypes.SOURCE_VERIFIED);
      return null;
    }
    if (verification.getProvider() == VerificationProvider.NOTATION
        || verification.getSecretRef() == null) {
      String message =
          (verification.getSecretRef() == null ? "keyless cosign" : "notation")
              + " verification is not supported by this source-controller; use cosign with"
              + " public keys in spec.verify.secretRef";
      markUnverified(ctx, message);
      return ReconcileResult.stalled(SourceReasons.VERIFICATION_ERROR, message);
    }
    CosignVerifier verifier;
    try {
      verifier = CosignVerifier.fromSecret(access.verificationKeys(obj));
    } catch (SecretData.SecretException | GeneralSecurityException e) {
      return SourceProgress.authenticationFailed(ctx, e.getMessage());
    }
    if (!verifier.verify(client, reference, resolved.digest())) {
      String message =
          "failed to verify the signature using provider 'cosign': no matching signatures were"
              + " found for '"
              + reference
              + "@"
              + resolved.digest()
              + "'";
      markUnverified(ctx, message);
      return ReconcileResult.failure(SourceReasons.VERIFICATION_ERROR, message);
    }
    ctx.conditions()
        .markTrue(
            SourceConditionTypes.SOURCE_VERIFIED,
            Reasons.SUCCEEDED,
            "verified signature of revision " + resolved.revision());
    return null;
  }

  private static void markUnverified(ReconcileContext ctx, String message) {
    ctx.conditions()
        .markFalse(SourceConditionTypes.SOURCE_VERIFIED, SourceReasons.VERIFICATION_ERROR, message);
    ctx.events().warning(SourceReasons.VERIFICATION_ERROR, message);
  }
}
