package io.fluxjava.testkit.git;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A throw-away certificate authority for TLS tests: issues a server certificate for 127.0.0.1 and
 * client certificates, hands out PEM text for Secrets and {@link SSLContext}s for servers.
 */
public final class TestCertificates {

  private static final char[] PASSWORD = "test".toCharArray();
  private static final AtomicLong SERIAL = new AtomicLong(1);

  private final KeyPair caKey;
  private final X509Certificate caCert;

  private TestCertificates(KeyPair caKey, X509Certificate caCert) {
    this.caKey = caKey;
    this.caCert = caCert;
  }

  /** A new CA named {@code CN=<name>}. */
  public static TestCertificates newAuthority(String name) throws GeneralSecurityException {
    KeyPair key = newKeyPair();
    X500Name subject = new X500Name("CN=" + name);
    X509Certificate cert = sign(subject, key.getPublic(), subject, key.getPrivate(), true, null);
    return new TestCertificates(key, cert);
  }

  /** The CA certificate as PEM ({@code ca.crt}). */
  public String caPem() throws GeneralSecurityException {
    return pem("CERTIFICATE", caCert.getEncoded());
  }

  /** A key and certificate issued by this CA; {@code ipAddress} (may be null) becomes a SAN. */
  public Issued issue(String commonName, String ipAddress) throws GeneralSecurityException {
    KeyPair key = newKeyPair();
    X509Certificate cert =
        sign(
            new X500Name("CN=" + commonName),
            key.getPublic(),
            new X500Name(caCert.getSubjectX500Principal().getName()),
            caKey.getPrivate(),
            false,
            ipAddress);
    return new Issued(key.getPrivate(), cert, caCert);
  }

  /** A certificate with its key, as PEM for Secrets or as an SSL context for servers. */
  public record Issued(PrivateKey key, X509Certificate cert, X509Certificate ca) {

    /** {@code tls.crt}. */
    public String certPem() throws GeneralSecurityException {
      return pem("CERTIFICATE", cert.getEncoded());
    }

    /** {@code tls.key} (PKCS#8). */
    public String keyPem() {
      return pem("PRIVATE KEY", key.getEncoded());
    }

    /**
     * A server context presenting this certificate; when {@code trustCa}, it also trusts client
     * certificates of the same CA.
     */
    public SSLContext serverContext(boolean trustCa) throws GeneralSecurityException {
      KeyStore keys = emptyStore();
      keys.setKeyEntry("server", key, PASSWORD, new Certificate[] {cert, ca});
      KeyManagerFactory keyManagers =
          KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      keyManagers.init(keys, PASSWORD);
      TrustManagerFactory trustManagers = null;
      if (trustCa) {
        KeyStore trusted = emptyStore();
        trusted.setCertificateEntry("ca", ca);
        trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trustManagers.init(trusted);
      }
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(
          keyManagers.getKeyManagers(),
          trustManagers == null ? null : trustManagers.getTrustManagers(),
          null);
      return context;
    }
  }

  private static KeyPair newKeyPair() throws GeneralSecurityException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(256);
    return generator.generateKeyPair();
  }

  private static X509Certificate sign(
      X500Name subject,
      PublicKey subjectKey,
      X500Name issuer,
      PrivateKey issuerKey,
      boolean isCa,
      String ipAddress)
      throws GeneralSecurityException {
    Instant now = Instant.now();
    X509v3CertificateBuilder builder =
        new JcaX509v3CertificateBuilder(
            issuer,
            BigInteger.valueOf(SERIAL.getAndIncrement()),
            Date.from(now.minus(Duration.ofHours(1))),
            Date.from(now.plus(Duration.ofDays(1))),
            subject,
            subjectKey);
    try {
      builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(isCa));
      if (ipAddress != null) {
        builder.addExtension(
            Extension.subjectAlternativeName,
            false,
            new GeneralNames(new GeneralName(GeneralName.iPAddress, ipAddress)));
      }
      return new JcaX509CertificateConverter()
          .getCertificate(
              builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(issuerKey)));
    } catch (CertIOException | OperatorCreationException e) {
      throw new GeneralSecurityException(e);
    }
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

  private static String pem(String type, byte[] der) {
    String body =
        new String(
            Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encode(der),
            StandardCharsets.US_ASCII);
    return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
  }
}
