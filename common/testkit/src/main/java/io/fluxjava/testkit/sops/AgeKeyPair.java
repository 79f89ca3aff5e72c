package io.fluxjava.testkit.sops;

import com.exceptionfactory.jagged.x25519.X25519KeyPairGenerator;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.time.Instant;

/**
 * A fresh age X25519 identity made in-process (no {@code age-keygen} needed): the secret key a
 * cluster keeps in {@code sops-agekey} and the recipient files are encrypted for.
 *
 * @param identity the secret key, {@code AGE-SECRET-KEY-1…}
 * @param recipient the public key, {@code age1…}
 */
public record AgeKeyPair(String identity, String recipient) {

  /** Generates a new identity. */
  public static AgeKeyPair generate() {
    try {
      KeyPair pair = new X25519KeyPairGenerator().generateKeyPair();
      // jagged renders its keys in age's Bech32 text form
      return new AgeKeyPair(pair.getPrivate().toString(), pair.getPublic().toString());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("no X25519 key pair generator", e);
    }
  }

  /** The key file as {@code age-keygen} writes it, the format of {@code *.agekey} Secret keys. */
  public String keyFile() {
    return "# created: " + Instant.now() + "\n# public key: " + recipient + "\n" + identity + "\n";
  }

  @Override
  public String toString() {
    // a record would print the secret key
    return "AgeKeyPair[recipient=" + recipient + "]";
  }
}
