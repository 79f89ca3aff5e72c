package io.fluxjava.source.git;

import java.time.Duration;
import java.util.List;

/**
 * What to fetch from a Git repository and how: the GitRepository spec resolved with its Secrets.
 *
 * @param url {@code spec.url}
 * @param reference {@code spec.ref}
 * @param credentials the {@code secretRef} Secret's keys, or {@link GitCredentials#NONE}
 * @param proxy the {@code proxySecretRef} settings, or null
 * @param timeout {@code spec.timeout}
 * @param recurseSubmodules {@code spec.recurseSubmodules}
 * @param sparseCheckout {@code spec.sparseCheckout} directories (empty for the whole tree)
 * @param verification {@code spec.verify} with its keys, or null
 */
public record CheckoutRequest(
    String url,
    GitReference reference,
    GitCredentials credentials,
    ProxySettings proxy,
    Duration timeout,
    boolean recurseSubmodules,
    List<String> sparseCheckout,
    VerificationRequest verification) {

  public CheckoutRequest {
    sparseCheckout = sparseCheckout == null ? List.of() : List.copyOf(sparseCheckout);
  }

  /** A request for a public repository with defaults for everything else. */
  public static CheckoutRequest anonymous(String url, GitReference reference) {
    return new CheckoutRequest(
        url, reference, GitCredentials.NONE, null, Duration.ofSeconds(60), false, List.of(), null);
  }
}
