package io.fluxjava.source.git.reconcile;

import io.fluxjava.api.source.GitRepository;
import io.fluxjava.api.source.GitRepositoryRef;
import io.fluxjava.api.source.GitRepositorySpec;
import io.fluxjava.api.source.GitRepositoryVerification;
import io.fluxjava.runtime.GoDuration;
import io.fluxjava.source.git.CheckoutRequest;
import io.fluxjava.source.git.GitCredentials;
import io.fluxjava.source.git.GitReference;
import io.fluxjava.source.git.ProxySettings;
import io.fluxjava.source.git.VerificationRequest;
import io.fluxjava.source.support.SecretData;
import java.time.Duration;
import java.util.Map;

/** Turns a GitRepository's spec and the Secrets it references into a {@link CheckoutRequest}. */
final class CheckoutRequests {

  private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

  private final SecretData secrets;

  CheckoutRequests(SecretData secrets) {
    this.secrets = secrets;
  }

  CheckoutRequest from(GitRepository obj) throws SecretData.SecretException {
    GitRepositorySpec spec = obj.getSpec();
    String namespace = obj.getMetadata().getNamespace();
    GitCredentials credentials =
        spec.getSecretRef() == null
            ? GitCredentials.NONE
            : GitCredentials.fromSecretData(secrets.read(namespace, spec.getSecretRef().getName()));
    ProxySettings proxy =
        spec.getProxySecretRef() == null
            ? null
            : ProxySettings.fromSecretData(
                secrets.read(namespace, spec.getProxySecretRef().getName()));
    return new CheckoutRequest(
        spec.getUrl(),
        reference(spec.getRef()),
        credentials,
        proxy,
        spec.getTimeout() == null ? DEFAULT_TIMEOUT : GoDuration.parse(spec.getTimeout()),
        Boolean.TRUE.equals(spec.getRecurseSubmodules()),
        spec.getSparseCheckout(),
        verification(namespace, spec.getVerify()));
  }

  private VerificationRequest verification(String namespace, GitRepositoryVerification verify)
      throws SecretData.SecretException {
    if (verify == null) {
      return null;
    }
    Map<String, byte[]> keys = secrets.read(namespace, verify.getSecretRef().getName());
    return new VerificationRequest(VerificationRequest.Mode.parse(modeName(verify)), keys);
  }

  static String modeName(GitRepositoryVerification verify) {
    if (verify.getMode() == null) {
      return null;
    }
    return switch (verify.getMode()) {
      case HEAD, HEAD_LOWER_CASE -> "HEAD";
      case TAG -> "Tag";
      case TAG_AND_HEAD -> "TagAndHEAD";
    };
  }

  private static GitReference reference(GitRepositoryRef ref) {
    if (ref == null) {
      return new GitReference(null, null, null, null, null);
    }
    return new GitReference(
        ref.getBranch(), ref.getTag(), ref.getSemver(), ref.getName(), ref.getCommit());
  }
}
