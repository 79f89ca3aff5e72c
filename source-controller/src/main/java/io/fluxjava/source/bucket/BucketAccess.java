package io.fluxjava.source.bucket;

import io.fluxjava.api.source.Bucket;
import io.fluxjava.api.source.BucketProvider;
import io.fluxjava.api.source.BucketSpec;
import io.fluxjava.runtime.GoDuration;
import io.fluxjava.source.support.SecretData;
import io.fluxjava.source.support.TlsMaterial;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Map;
import javax.net.ssl.KeyManager;
import javax.net.ssl.TrustManager;
import software.amazon.awssdk.http.urlconnection.ProxyConfiguration;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;

/**
 * Turns a Bucket's spec and Secrets into a connection: {@code endpoint} with {@code insecure}
 * (plain HTTP), {@code region}, {@code secretRef} ({@code accesskey}/{@code secretkey}), {@code
 * certSecretRef}, {@code proxySecretRef} and {@code timeout}. The {@code generic}, {@code aws} and
 * {@code gcp} providers go through the S3 API (GCS through its S3 interoperability with HMAC keys);
 * {@code azure} and {@code sts} are refused with a clear message.
 */
final class BucketAccess {

  static final String ACCESS_KEY = "accesskey";
  static final String SECRET_KEY = "secretkey";
  private static final String DEFAULT_REGION = "us-east-1";
  private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

  /** A spec this controller cannot serve, whatever is retried. */
  static final class UnsupportedConfiguration extends Exception {
    private static final long serialVersionUID = 1L;

    UnsupportedConfiguration(String message) {
      super(message);
    }
  }

  private final SecretData secrets;

  BucketAccess(SecretData secrets) {
    this.secrets = secrets;
  }

  BucketConnection connection(Bucket obj)
      throws UnsupportedConfiguration, SecretData.SecretException, GeneralSecurityException {
    BucketSpec spec = obj.getSpec();
    BucketProvider provider =
        spec.getProvider() == null ? BucketProvider.GENERIC : spec.getProvider();
    if (provider == BucketProvider.AZURE) {
      throw new UnsupportedConfiguration(
          "provider 'azure' (Azure Blob Storage API) is not supported by this source-controller");
    }
    if (spec.getSts() != null) {
      throw new UnsupportedConfiguration(
          "spec.sts (security token service) is not supported by this source-controller");
    }
    String namespace = obj.getMetadata().getNamespace();
    Map<String, byte[]> credentials =
        spec.getSecretRef() == null
            ? Map.of()
            : secrets.read(namespace, spec.getSecretRef().getName());
    String accessKey = SecretData.text(credentials, ACCESS_KEY);
    String secretKey = SecretData.text(credentials, SECRET_KEY);
    if (spec.getSecretRef() != null && (accessKey == null || secretKey == null)) {
      throw new GeneralSecurityException(
          "invalid '"
              + spec.getSecretRef().getName()
              + "' secret data: required fields 'accesskey' and 'secretkey'");
    }
    if (accessKey == null && provider != BucketProvider.GENERIC) {
      throw new UnsupportedConfiguration(
          "provider '"
              + provider.name().toLowerCase(java.util.Locale.ROOT)
              + "' without secretRef needs cloud workload identity, which is not supported by this"
              + " source-controller");
    }
    Map<String, byte[]> tls =
        spec.getCertSecretRef() == null
            ? Map.of()
            : secrets.read(namespace, spec.getCertSecretRef().getName());
    Duration timeout =
        spec.getTimeout() == null ? DEFAULT_TIMEOUT : GoDuration.parse(spec.getTimeout());
    UrlConnectionHttpClient.Builder http =
        UrlConnectionHttpClient.builder().connectionTimeout(timeout).socketTimeout(timeout);
    TrustManager[] trust = TlsMaterial.trustingOnly(tls.get(TlsMaterial.CA_CERT));
    KeyManager[] keys =
        TlsMaterial.keyManagers(tls.get(TlsMaterial.CLIENT_CERT), tls.get(TlsMaterial.CLIENT_KEY));
    if (trust != null) {
      http.tlsTrustManagersProvider(() -> trust);
    }
    if (keys != null) {
      http.tlsKeyManagersProvider(() -> keys);
    }
    if (spec.getProxySecretRef() != null) {
      String address =
          SecretData.text(secrets.read(namespace, spec.getProxySecretRef().getName()), "address");
      if (address == null) {
        throw new GeneralSecurityException("invalid proxy secret: key 'address' is missing");
      }
      http.proxyConfiguration(ProxyConfiguration.builder().endpoint(URI.create(address)).build());
    }
    String scheme = Boolean.TRUE.equals(spec.getInsecure()) ? "http://" : "https://";
    return new BucketConnection(
        scheme + spec.getEndpoint(),
        spec.getRegion() == null || spec.getRegion().isBlank() ? DEFAULT_REGION : spec.getRegion(),
        provider != BucketProvider.AWS,
        accessKey,
        secretKey,
        http.build());
  }
}
