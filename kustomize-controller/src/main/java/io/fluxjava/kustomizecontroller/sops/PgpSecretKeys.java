package io.fluxjava.kustomizecontroller.sops;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.bcpg.KeyIdentifier;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPSecretKey;
import org.bouncycastle.openpgp.PGPSecretKeyRing;
import org.bouncycastle.openpgp.PGPSecretKeyRingCollection;
import org.bouncycastle.openpgp.PGPUtil;
import org.bouncycastle.openpgp.operator.bc.BcKeyFingerprintCalculator;

/** OpenPGP secret key rings read from armored (or binary) {@code .asc} Secret entries. */
final class PgpSecretKeys {

  private final List<PGPSecretKeyRing> rings = new ArrayList<>();

  /** Adds the secret key rings of one Secret entry; {@code entry} names it in errors. */
  void add(byte[] armored, String entry) {
    try (InputStream in = PGPUtil.getDecoderStream(new ByteArrayInputStream(armored))) {
      PGPSecretKeyRingCollection collection =
          new PGPSecretKeyRingCollection(in, new BcKeyFingerprintCalculator());
      int before = rings.size();
      collection.getKeyRings().forEachRemaining(rings::add);
      if (rings.size() == before) {
        throw new SopsException("failed to import '" + entry + "': no OpenPGP private key found");
      }
    } catch (IOException | PGPException | RuntimeException e) {
      if (e instanceof SopsException sops) {
        throw sops;
      }
      throw new SopsException(
          "failed to import '" + entry + "': not an armored OpenPGP private key ring");
    }
  }

  /** The secret (sub)key with this key id, if one of the rings holds it. */
  Optional<PGPSecretKey> find(KeyIdentifier keyId) {
    for (PGPSecretKeyRing ring : rings) {
      PGPSecretKey key = ring.getSecretKey(keyId);
      if (key != null) {
        return Optional.of(key);
      }
    }
    return Optional.empty();
  }

  boolean isEmpty() {
    return rings.isEmpty();
  }
}
