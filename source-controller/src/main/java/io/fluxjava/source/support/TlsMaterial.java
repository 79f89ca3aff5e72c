package io.fluxjava.source.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;

/**
 * Turns the PEM keys of a {@code certSecretRef} Secret into JSSE managers: {@code ca.crt} as the
 * trusted CA, {@code tls.crt}+{@code tls.key} as the client certificate for mutual TLS.
 */
public final class TlsMaterial {

  public static final String CA_CERT = "ca.crt";
  public static final String CLIENT_CERT = "tls.crt";
  public static final String CLIENT_KEY = "tls.key";
  private static final char[] NO_PASSWORD = new char[0];

  private TlsMaterial() {}

  /**
   * The TLS context for the Secret's keys, trusting only {@code ca.crt} when present (as upstream
   * does for Helm, OCI and Bucket sources); the JDK defaults for what is absent.
   */
  public static SSLContext fromSecret(Map<String, byte[]> data) throws GeneralSecurityException {
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(
        keyManagers(data.get(CLIENT_CERT), data.get(CLIENT_KEY)),
        trustingOnly(data.get(CA_CERT)),
        null);
    return context;
  }

  /** Trust managers for {@code caPem} alone, or null (the JDK default) when it is null. */
  public static TrustManager[] trustingOnly(byte[] caPem) throws GeneralSecurityException {
    return caPem == null ? null : new TrustManager[] {x509TrustManager(caStore(caPem))};
  }

  /**
   * Trust managers for {@code caPem} in addition to the system roots (as upstream appends it to the
   * system pool for Git), or null (the JDK default) when it is null.
   */
  public static TrustManager[] trustingAlsoSystemRoots(byte[] caPem)
      throws GeneralSecurityException {
    if (caPem == null) {
      return null;
    }
    X509TrustManager custom = x509TrustManager(caStore(caPem));
    X509TrustManager system = x509TrustManager(null);
    return new TrustManager[] {new EitherTrustManager(custom, system)};
  }

  /** Key managers for a client certificate chain and key, or null when either is null. */
  public static KeyManager[] keyManagers(byte[] certPem, byte[] keyPem)
      throws GeneralSecurityException {
    if (certPem == null || keyPem == null) {
      return null;
    }
    KeyStore store = emptyStore();
    store.setKeyEntry(
        "client",
        parsePrivateKey(keyPem),
        NO_PASSWORD,
        parseCertificates(certPem).toArray(new Certificate[0]));
    KeyManagerFactory factory =
        KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    factory.init(store, NO_PASSWORD);
    return factory.getKeyManagers();
  }

  private static KeyStore caStore(byte[] caPem) throws GeneralSecurityException {
    KeyStore store = emptyStore();
    int i = 0;
    for (Certificate cert : parseCertificates(caPem)) {
      store.setCertificateEntry("ca-" + i++, cert);
    }
    return store;
  }

  private static KeyStore emptyStore() throws GeneralSecurityException {
    KeyStore store = KeyStore.getInstance("PKCS12");
    try {
      store.load(null, null);
    } catch (IOException e) {
      throw new GeneralSecurityException(e);
    }
    return store;
  }

  private static List<Certificate> parseCertificates(byte[] pem) throws CertificateException {
    Collection<? extends Certificate> certs =
        CertificateFactory.getInstance("X.509").generateCertificates(new ByteArrayInputStream(pem));
    if (certs.isEmpty()) {
      throw new CertificateException("no PEM certificate found");
    }
    return new ArrayList<>(certs);
  }

  // Handles PKCS#8, PKCS#1 (RSA) and SEC1 (EC) PEM keys alike.
  private static PrivateKey parsePrivateKey(byte[] pem) throws GeneralSecurityException {
    try (PEMParser parser =
        new PEMParser(
            new InputStreamReader(new ByteArrayInputStream(pem), StandardCharsets.US_ASCII))) {
      Object parsed = parser.readObject();
      JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
      if (parsed instanceof PEMKeyPair pair) {
        return converter.getKeyPair(pair).getPrivate();
      }
      if (parsed instanceof PrivateKeyInfo info) {
        return converter.getPrivateKey(info);
      }
      throw new GeneralSecurityException("tls.key holds no unencrypted PEM private key");
    } catch (IOException e) {
      throw new GeneralSecurityException("invalid tls.key", e);
    }
  }

  private static X509TrustManager x509TrustManager(KeyStore store) throws GeneralSecurityException {
    TrustManagerFactory factory =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    factory.init(store);
    for (TrustManager manager : factory.getTrustManagers()) {
      if (manager instanceof X509TrustManager x509) {
        return x509;
      }
    }
    throw new GeneralSecurityException("no X.509 trust manager available");
  }

  /** Trusts a server that either the custom CA or the system roots trust. */
  private record EitherTrustManager(X509TrustManager custom, X509TrustManager system)
      implements X509TrustManager {

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType)
        throws CertificateException {
      system.checkClientTrusted(chain, authType);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType)
        throws CertificateException {
      try {
        custom.checkServerTrusted(chain, authType);
      } catch (CertificateException e) {
        system.checkServerTrusted(chain, authType);
      }
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      List<X509Certificate> all = new ArrayList<>(List.of(custom.getAcceptedIssuers()));
      all.addAll(List.of(system.getAcceptedIssuers()));
      return all.toArray(new X509Certificate[0]);
    }
  }
}
