package io.fluxjava.notification.alerts;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import javax.net.ssl.TrustManagerFactory;

/** Trust in the PEM CA bundle of a Provider's {@code certSecretRef}. */
final class TrustStores {

  private TrustStores() {}

  static TrustManagerFactory trusting(byte[] pemBundle) throws GeneralSecurityException {
    KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
    try {
      store.load(null, null);
    } catch (IOException e) {
      throw new GeneralSecurityException("cannot initialise an empty key store", e);
    }
    int index = 0;
    for (Certificate certificate :
        CertificateFactory.getInstance("X.509")
            .generateCertificates(new ByteArrayInputStream(pemBundle))) {
      store.setCertificateEntry("ca-" + index++, certificate);
    }
    if (index == 0) {
      throw new GeneralSecurityException("no certificate in ca.crt");
    }
    TrustManagerFactory trust =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    trust.init(store);
    return trust;
  }
}
