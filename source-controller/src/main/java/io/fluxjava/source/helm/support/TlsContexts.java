package io.fluxjava.source.helm.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Map;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;

/**
 * Builds a client TLS context from a {@code certSecretRef} Secret: {@code ca.crt} (trusted in
 * addition to nothing else, as upstream), and {@code tls.crt}+{@code tls.key} for mutual TLS.
 */
public final class TlsContexts {

  public static final String CA_CERT = "ca.crt";
  public static final String CLIENT_CERT = "tls.crt";
  public static final String CLIENT_KEY = "tls.key";
  private static final char[] NO_PASSWORD = new char[0];

  private TlsContexts() {}

  /** The TLS context for the Secret's keys; the JDK default when it holds none of them. */
  public static SSLContext fromSecret(Map<String, byte[]> data) throws GeneralSecurityException {
    TrustManager[] trust = trustManagers(data);
    KeyManager[] keys = keyManagers(data);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(keys, trust, null);
    return context;
  }

  /** Trust managers for {@code ca.crt}, or null (the JDK default) when the key is absent. */
  public static TrustManager[] trustManagers(Map<String, byte[]> data)
      throws GeneralSecurityException {
    if (!data.containsKey(CA_CERT)) {
      return null;
    }
    try {
      KeyStore trusted = KeyStore.getInstance("PKCS12");
      trusted.load(null, null);
      int i = 0;
      for (Certificate cert : certificates(data.get(CA_CERT))) {
        trusted.setCertificateEntry("ca-" + i++, cert);
      }
      TrustManagerFactory trust =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      trust.init(trusted);
      return trust.getTrustManagers();
    } catch (IOException e) {
      throw new GeneralSecurityException("invalid ca.crt: " + e.getMessage(), e);
    }
  }

  /** Key managers for {@code tls.crt}+{@code tls.key}, or null when they are absent. */
  public static KeyManager[] keyManagers(Map<String, byte[]> data) throws GeneralSecurityException {
    if (!data.containsKey(CLIENT_CERT) || !data.containsKey(CLIENT_KEY)) {
      return null;
    }
    try {
      KeyStore identity = KeyStore.getInstance("PKCS12");
      identity.load(null, null);
      identity.setKeyEntry(
          "client",
          privateKey(data.get(CLIENT_KEY)),
          NO_PASSWORD,
          certificates(data.get(CLIENT_CERT)).toArray(new Certificate[0]));
      KeyManagerFactory keys =
          KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      keys.init(identity, NO_PASSWORD);
      return keys.getKeyManagers();
    } catch (IOException e) {
      throw new GeneralSecurityException("invalid tls.crt/tls.key: " + e.getMessage(), e);
    }
  }

  private static java.util.Collection<? extends Certificate> certificates(byte[] pem)
      throws GeneralSecurityException {
    return CertificateFactory.getInstance("X.509")
        .generateCertificates(new ByteArrayInputStream(pem));
  }

  private static PrivateKey privateKey(byte[] pem) throws IOException {
    try (PEMParser parser =
        new PEMParser(
            new InputStreamReader(new ByteArrayInputStream(pem), StandardCharsets.UTF_8))) {
      Object parsed = parser.readObject();
      JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
      if (parsed instanceof PEMKeyPair pair) {
        return converter.getKeyPair(pair).getPrivate();
      }
      if (parsed instanceof PrivateKeyInfo info) {
        return converter.getPrivateKey(info);
      }
      throw new IOException("tls.key holds no private key");
    }
  }
}
