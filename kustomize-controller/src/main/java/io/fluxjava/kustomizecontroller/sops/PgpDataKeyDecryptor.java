package io.fluxjava.kustomizecontroller.sops;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.bouncycastle.openpgp.PGPCompressedData;
import org.bouncycastle.openpgp.PGPEncryptedData;
import org.bouncycastle.openpgp.PGPEncryptedDataList;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPKeyPair;
import org.bouncycastle.openpgp.PGPLiteralData;
import org.bouncycastle.openpgp.PGPPrivateKey;
import org.bouncycastle.openpgp.PGPPublicKeyEncryptedData;
import org.bouncycastle.openpgp.PGPSecretKey;
import org.bouncycastle.openpgp.PGPUtil;
import org.bouncycastle.openpgp.bc.BcPGPObjectFactory;
import org.bouncycastle.openpgp.operator.bc.BcPBESecretKeyDecryptorBuilder;
import org.bouncycastle.openpgp.operator.bc.BcPGPDigestCalculatorProvider;
import org.bouncycastle.openpgp.operator.bc.BcPublicKeyDataDecryptorFactory;

/** Opens the OpenPGP message of a {@code pgp} entry, whose literal data is the data key. */
final class PgpDataKeyDecryptor {

  private PgpDataKeyDecryptor() {}

  static byte[] decrypt(MasterKeyEntry entry, PgpSecretKeys keys) {
    if (keys.isEmpty()) {
      throw new SopsException("no OpenPGP private keys were provided");
    }
    byte[] message = entry.encryptedDataKey().getBytes(StandardCharsets.UTF_8);
    try (InputStream in = PGPUtil.getDecoderStream(new ByteArrayInputStream(message))) {
      for (PGPEncryptedData data : encryptedDataList(new BcPGPObjectFactory(in))) {
        if (data instanceof PGPPublicKeyEncryptedData sealed) {
          Optional<PGPSecretKey> key = keys.find(sealed.getKeyIdentifier());
          if (key.isPresent()) {
            return readLiteral(
                sealed.getDataStream(new BcPublicKeyDataDecryptorFactory(keyPair(key.get()))));
          }
        }
      }
    } catch (IOException | PGPException | RuntimeException e) {
      if (e instanceof SopsException sops) {
        throw sops;
      }
      throw new SopsException("the encrypted OpenPGP data key could not be decrypted");
    }
    throw new SopsException("no OpenPGP private key matches this fingerprint");
  }

  private static PGPEncryptedDataList encryptedDataList(BcPGPObjectFactory factory)
      throws IOException {
    Object next = factory.nextObject();
    while (next != null && !(next instanceof PGPEncryptedDataList)) {
      next = factory.nextObject();
    }
    if (next == null) {
      throw new SopsException("the pgp entry holds no OpenPGP encrypted message");
    }
    return (PGPEncryptedDataList) next;
  }

  private static PGPKeyPair keyPair(PGPSecretKey key) throws PGPException {
    // Upstream imports keys into a GnuPG home without a passphrase prompt: only unprotected keys.
    PGPPrivateKey privateKey =
        key.extractPrivateKey(
            new BcPBESecretKeyDecryptorBuilder(new BcPGPDigestCalculatorProvider())
                .build(new char[0]));
    return new PGPKeyPair(key.getPublicKey(), privateKey);
  }

  private static byte[] readLiteral(InputStream clear) throws IOException, PGPException {
    Object next = new BcPGPObjectFactory(clear).nextObject();
    if (next instanceof PGPCompressedData compressed) {
      next = new BcPGPObjectFactory(compressed.getDataStream()).nextObject();
    }
    if (!(next instanceof PGPLiteralData literal)) {
      throw new SopsException("the OpenPGP message holds no literal data");
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    literal.getInputStream().transferTo(out);
    return out.toByteArray();
  }
}
