package io.fluxjava.kustomizecontroller.sops;

import com.exceptionfactory.jagged.RecipientStanzaReader;
import com.exceptionfactory.jagged.framework.armor.ArmoredDecryptingChannelFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.List;

/** Opens the armored age file of an {@code age} entry, whose plaintext is the data key. */
final class AgeDataKeyDecryptor {

  /** X25519 recipients are "age1" and 58 Bech32 characters of a 32-byte key. */
  private static final int X25519_RECIPIENT_LENGTH = 62;

  /** Hybrid post-quantum recipients (the 1216-byte X-Wing public key). */
  private static final String POST_QUANTUM_RECIPIENT_PREFIX = "age1pq1";

  private AgeDataKeyDecryptor() {}

  static byte[] decrypt(MasterKeyEntry entry, SopsKeyring keyring) {
    String recipient = entry.identifier();
    if (recipient.length() != X25519_RECIPIENT_LENGTH
        && !recipient.startsWith(POST_QUANTUM_RECIPIENT_PREFIX)) {
      throw new SopsException(
          "unsupported key type: age plugin recipients cannot be decrypted by this"
              + " implementation");
    }
    List<RecipientStanzaReader> readers = keyring.ageReaders();
    if (readers.isEmpty()) {
      throw new SopsException(
          keyring.agePluginIdentities() > 0
              ? "only age plugin identities were provided, which are not supported"
              : "no age identities were provided");
    }
    byte[] armored = entry.encryptedDataKey().getBytes(StandardCharsets.UTF_8);
    try (InputStream plain =
        Channels.newInputStream(
            new ArmoredDecryptingChannelFactory()
                .newDecryptingChannel(
                    Channels.newChannel(new ByteArrayInputStream(armored)), readers))) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      plain.transferTo(out);
      return out.toByteArray();
    } catch (GeneralSecurityException e) {
      throw new SopsException("no age identity matches this recipient");
    } catch (IOException e) {
      throw new SopsException("the encrypted age data key is malformed or truncated");
    }
  }
}
