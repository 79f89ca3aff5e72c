package io.fluxjava.kustomizecontroller.sops;

import com.exceptionfactory.jagged.FileKey;
import com.exceptionfactory.jagged.RecipientStanza;
import com.exceptionfactory.jagged.RecipientStanzaReader;
import com.exceptionfactory.jagged.UnsupportedRecipientStanzaException;
import com.exceptionfactory.jagged.bech32.Bech32;
import com.exceptionfactory.jagged.bech32.Bech32Address;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.List;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.hpke.HPKE;

/**
 * Unwraps age's hybrid post-quantum {@code mlkem768x25519} stanzas for an {@code
 * AGE-SECRET-KEY-PQ-1…} identity: HPKE base mode (RFC 9180) with the MLKEM768-X25519 (X-Wing) KEM,
 * HKDF-SHA256 and ChaCha20-Poly1305, info {@code age-encryption.org/mlkem768x25519}, empty AAD.
 * BouncyCastle provides the HPKE suite; jagged reads the age file around it.
 */
final class PostQuantumStanzaReader implements RecipientStanzaReader {

  static final String IDENTITY_PREFIX = "AGE-SECRET-KEY-PQ-";

  private static final String STANZA_TYPE = "mlkem768x25519";
  private static final byte[] INFO =
      "age-encryption.org/mlkem768x25519".getBytes(StandardCharsets.US_ASCII);
  private static final int SEED_BYTES = 32;
  private static final int ENCAPSULATED_KEY_BYTES = 1120;
  private static final int SEALED_FILE_KEY_BYTES = 32;

  private final AsymmetricCipherKeyPair keyPair;

  private PostQuantumStanzaReader(AsymmetricCipherKeyPair keyPair) {
    this.keyPair = keyPair;
  }

  /** Reads a Bech32 identity string; throws {@link IllegalArgumentException} when malformed. */
  static PostQuantumStanzaReader fromIdentity(String identity) {
    Bech32Address address = Bech32.getDecoder().decode(identity);
    if (!IDENTITY_PREFIX.contentEquals(address.getHumanReadablePart())
        || address.getData().length != SEED_BYTES) {
      throw new IllegalArgumentException("not a post-quantum age identity");
    }
    return new PostQuantumStanzaReader(newHpke().deserializePrivateKey(address.getData(), null));
  }

  @Override
  public FileKey getFileKey(Iterable<RecipientStanza> stanzas) throws GeneralSecurityException {
    for (RecipientStanza stanza : stanzas) {
      if (isWellFormed(stanza)) {
        byte[] encapsulated = Base64.getDecoder().decode(stanza.getArguments().get(0));
        try {
          return new FileKey(
              newHpke()
                  .open(
                      encapsulated,
                      keyPair,
                      INFO,
                      new byte[0],
                      stanza.getBody(),
                      null,
                      null,
                      null));
        } catch (InvalidCipherTextException e) {
          // Sealed for another recipient: try the next stanza.
        }
      }
    }
    throw new UnsupportedRecipientStanzaException(
        "no " + STANZA_TYPE + " stanza for this identity");
  }

  private static boolean isWellFormed(RecipientStanza stanza) {
    List<String> arguments = stanza.getArguments();
    if (!STANZA_TYPE.equals(stanza.getType())
        || arguments.size() != 1
        || stanza.getBody().length != SEALED_FILE_KEY_BYTES) {
      return false;
    }
    try {
      return Base64.getDecoder().decode(arguments.get(0)).length == ENCAPSULATED_KEY_BYTES;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static HPKE newHpke() {
    return new HPKE(
        HPKE.mode_base, HPKE.kem_X_WING, HPKE.kdf_HKDF_SHA256, HPKE.aead_CHACHA20_POLY1305);
  }
}
