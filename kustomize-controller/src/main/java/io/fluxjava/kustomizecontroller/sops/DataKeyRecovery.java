package io.fluxjava.kustomizecontroller.sops;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Recovers a document's 32-byte data key: within each key group the first master key that opens
 * gives the group's part (age first, then OpenPGP, as sops orders them); one group's part is the
 * key, several groups' parts are combined with Shamir.
 */
final class DataKeyRecovery {

  private static final int DATA_KEY_BYTES = 32;

  private final SopsKeyring keyring;

  DataKeyRecovery(SopsKeyring keyring) {
    this.keyring = keyring;
  }

  byte[] recover(SopsMetadata metadata) {
    List<byte[]> parts = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    for (List<MasterKeyEntry> group : metadata.keyGroups()) {
      byte[] part = decryptGroup(group, failures);
      if (part != null) {
        parts.add(part);
      }
    }
    int groups = metadata.keyGroups().size();
    int needed = groups == 1 ? 1 : metadata.shamirThreshold();
    if (parts.size() < needed) {
      throw new SopsException(
          "cannot get sops data key: "
              + needed
              + " successful key group(s) required, got "
              + parts.size()
              + ": "
              + String.join("; ", failures));
    }
    byte[] dataKey = groups == 1 ? parts.get(0) : ShamirCombiner.combine(parts);
    if (dataKey.length != DATA_KEY_BYTES) {
      throw new SopsException("cannot get sops data key: the recovered key has the wrong length");
    }
    return dataKey;
  }

  private byte[] decryptGroup(List<MasterKeyEntry> group, List<String> failures) {
    List<MasterKeyEntry> ordered = new ArrayList<>(group);
    ordered.sort(Comparator.comparing(MasterKeyEntry::type));
    for (MasterKeyEntry entry : ordered) {
      try {
        return decrypt(entry);
      } catch (SopsException e) {
        failures.add(entry.describe() + ": " + e.getMessage());
      }
    }
    return null;
  }

  private byte[] decrypt(MasterKeyEntry entry) {
    return switch (entry.type()) {
      case AGE -> AgeDataKeyDecryptor.decrypt(entry, keyring);
      case PGP -> PgpDataKeyDecryptor.decrypt(entry, keyring.pgpKeys());
      default ->
          throw new SopsException(
              "unsupported key type: "
                  + entry.type().metadataKey()
                  + " master keys cannot be used by this implementation"
                  + (keyring.hasUnusableCredentials(entry.type())
                      ? " (the credentials in the decryption Secret were ignored)"
                      : ""));
    };
  }
}
