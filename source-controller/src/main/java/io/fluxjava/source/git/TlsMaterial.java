package io.fluxjava.source.git;

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
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;

/**
 * Turns the PEM material of a Git Secret into JSSE managers: {@code ca.crt} is trusted in addition
 * to the system roots (as upstream appends it to the system pool), {@code tls.crt}/{@code tls.key}
 * become the client certificate.
 */
final class TlsMaterial {

  private static final char[] NO_PASSWORD = new char[0];

  private TlsMaterial() {}

  static TrustManager[] trustManagers(byte[] caPem) throws GeneralSecurityException {
    if (caPem == null) {
      return null;
    }
    KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
    try {
      store.load(null, null);
    } catch (IOException e) {
      throw new GeneralSecurityException(e);
    }
    int i = 0;
    for (Certificate cert : parseCertificates(caPem)) {
      store.setCertificateEntry("ca-" + i++, cert);
    }
    X509TrustManager custom = x509TrustManager(store);
    X509TrustManager system = x509TrustManager(null);
    return new TrustManager[] {new EitherTrustManager(custom, system)};
  }

  static KeyManager[] keyManagers(byte[] certPem, byte[] keyPem) throws GeneralSecurityException {
    if (certPem == null || keyPem == null) {
      return null;
    }
    List<Certificate> chain = parseCertificates(certPem);
    KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
    try {
      store.load(null, null);
    } catch (IOException e) {
      throw new GeneralSecurityException(e);
    }
    store.setKeyEntry(
        "client", parsePrivateKey(keyPem), NO_PASSWORD, chain.toArray(new Certificate[0]));
    KeyManagerFactory factory =
        KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    factory.init(store, NO_PASSWORD);
    return factory.getKeyManagers();
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
