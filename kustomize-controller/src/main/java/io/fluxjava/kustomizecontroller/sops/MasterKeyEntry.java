package io.fluxjava.kustomizecontroller.sops;

/**
 * One master key of a document: its type, its public identifier (recipient, fingerprint, ARN…) and
 * the data key (or Shamir part) encrypted for it.
 */
record MasterKeyEntry(MasterKeyType type, String identifier, String encryptedDataKey) {

  /** How the entry is named in error messages. */
  String describe() {
    return type.metadataKey() + " " + identifier;
  }
}
