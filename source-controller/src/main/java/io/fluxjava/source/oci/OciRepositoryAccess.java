package io.fluxjava.source.oci;

import io.fluxjava.api.source.OCIProvider;
import io.fluxjava.api.source.OCIRepository;
import io.fluxjava.api.source.OCIRepositorySpec;
import io.fluxjava.runtime.GoDuration;
import io.fluxjava.source.support.SecretData;
import io.fluxjava.source.support.TlsMaterial;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Map;

/**
 * Turns an OCIRepository's spec and Secrets into registry client settings: {@code secretRef}
 * (dockerconfigjson), {@code certSecretRef}, {@code insecure} (plain HTTP), {@code proxySecretRef}
 * ({@code address}) and {@code timeout}.
 */
final class OciRepositoryAccess {

  private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

  private final SecretData secrets;

  OciRepositoryAccess(SecretData secrets) {
    this.secrets = secrets;
  }

  RegistryClient.Settings settings(OCIRepository obj, OciReference reference)
      throws SecretData.SecretException, GeneralSecurityException, IOException {
    OCIRepositorySpec spec = obj.getSpec();
    if (spec.getProvider() != null && spec.getProvider() != OCIProvider.GENERIC) {
      throw new GeneralSecurityException(
          "provider '"
              + spec.getProvider().name().toLowerCase(java.util.Locale.ROOT)
              + "' (cloud workload identity) is not supported by this source-controller; use"
              + " provider 'generic' with a secretRef");
    }
    String namespace = obj.getMetadata().getNamespace();
    RegistryCredentials credentials =
        spec.getSecretRef() == null
            ? null
            : RegistryCredentials.fromSecret(
                secrets.read(namespace, spec.getSecretRef().getName()), reference.host());
    return new RegistryClient.Settings(
        Boolean.TRUE.equals(spec.getInsecure()),
        spec.getCertSecretRef() == null
            ? null
            : TlsMaterial.fromSecret(secrets.read(namespace, spec.getCertSecretRef().getName())),
        credentials,
        spec.getTimeout() == null ? DEFAULT_TIMEOUT : GoDuration.parse(spec.getTimeout()),
        spec.getProxySecretRef() == null
            ? null
            : proxy(secrets.read(namespace, spec.getProxySecretRef().getName())));
  }

  /** The Secret of {@code spec.verify.secretRef} (cosign public keys). */
  Map<String, byte[]> verificationKeys(OCIRepository obj) throws SecretData.SecretException {
    return secrets.read(
        obj.getMetadata().getNamespace(), obj.getSpec().getVerify().getSecretRef().getName());
  }

  private static ProxySelector proxy(Map<String, byte[]> data) throws GeneralSecurityException {
    String address = SecretData.text(data, "address");
    if (address == null) {
      throw new GeneralSecurityException("invalid proxy secret: key 'address' is missing");
    }
    URI uri = URI.create(address.contains("://") ? address : "http://" + address);
    return ProxySelector.of(
        new InetSocketAddress(uri.getHost(), uri.getPort() < 0 ? 80 : uri.getPort()));
  }
}
