package io.fluxjava.source.helm;

import io.fluxjava.api.source.HelmRepository;
import io.fluxjava.api.source.HelmRepositorySpec;
import io.fluxjava.runtime.GoDuration;
import io.fluxjava.source.oci.OciReference;
import io.fluxjava.source.oci.RegistryClient;
import io.fluxjava.source.oci.RegistryCredentials;
import io.fluxjava.source.support.SecretData;
import io.fluxjava.source.support.TlsMaterial;
import java.io.IOException;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Map;
import javax.net.ssl.SSLContext;

/**
 * Turns a HelmRepository's spec and referenced Secrets into client settings: basic auth from {@code
 * secretRef}, TLS from {@code certSecretRef}, {@code passCredentials}, {@code insecure} and {@code
 * timeout}. Used by the HelmRepository and by the HelmCharts that point at it.
 */
public final class RepositoryAccess {

  /** Upstream's default {@code spec.timeout}. */
  static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

  private final SecretData secrets;

  public RepositoryAccess(SecretData secrets) {
    this.secrets = secrets;
  }

  /** Settings for an HTTP(S) repository. */
  public ChartRepositoryClient.Settings http(HelmRepository repo)
      throws SecretData.SecretException, GeneralSecurityException {
    HelmRepositorySpec spec = repo.getSpec();
    URI url = httpUrl(spec.getUrl());
    Map<String, byte[]> auth = secret(repo, spec.getSecretRef());
    return new ChartRepositoryClient.Settings(
        url,
        SecretData.text(auth, "username"),
        SecretData.text(auth, "password"),
        Boolean.TRUE.equals(spec.getPassCredentials()),
        tls(repo),
        timeout(spec.getTimeout()));
  }

  /** Settings for an OCI repository ({@code type: oci}). */
  public RegistryClient.Settings oci(HelmRepository repo)
      throws SecretData.SecretException, GeneralSecurityException, IOException {
    HelmRepositorySpec spec = repo.getSpec();
    OciReference reference = OciReference.parse(spec.getUrl());
    Map<String, byte[]> auth = secret(repo, spec.getSecretRef());
    return new RegistryClient.Settings(
        Boolean.TRUE.equals(spec.getInsecure()),
        tls(repo),
        RegistryCredentials.fromSecret(auth, reference.host()),
        timeout(spec.getTimeout()),
        null);
  }

  /** {@code spec.timeout}, or upstream's 60s default. */
  static Duration timeout(String value) {
    return value == null || value.isBlank() ? DEFAULT_TIMEOUT : GoDuration.parse(value);
  }

  private static URI httpUrl(String url) {
    URI uri = URI.create(url);
    if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
      throw new IllegalArgumentException("scheme \"" + uri.getScheme() + "\" not supported");
    }
    return uri;
  }

  private SSLContext tls(HelmRepository repo)
      throws SecretData.SecretException, GeneralSecurityException {
    var ref = repo.getSpec().getCertSecretRef();
    return ref == null ? null : TlsMaterial.fromSecret(secret(repo, ref));
  }

  private Map<String, byte[]> secret(
      HelmRepository repo, io.fluxjava.api.meta.LocalObjectReference ref)
      throws SecretData.SecretException {
    return ref == null ? Map.of() : secrets.read(repo.getMetadata().getNamespace(), ref.getName());
  }
}
