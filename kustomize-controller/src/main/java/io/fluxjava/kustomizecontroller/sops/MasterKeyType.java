package io.fluxjava.kustomizecontroller.sops;

/** The kinds of master key a SOPS document can list, by their metadata key, in decryption order. */
enum MasterKeyType {
  AGE("age", "recipient"),
  PGP("pgp", "fp"),
  AWS_KMS("kms", "arn"),
  GCP_KMS("gcp_kms", "resource_id"),
  AZURE_KEY_VAULT("azure_kv", "vault_url"),
  HASHICORP_VAULT("hc_vault", "vault_address"),
  HUAWEI_KMS("hckms", "key_id");

  private final String metadataKey;
  private final String identifierField;

  MasterKeyType(String metadataKey, String identifierField) {
    this.metadataKey = metadataKey;
    this.identifierField = identifierField;
  }

  /** The list's name in the {@code sops} metadata map. */
  String metadataKey() {
    return metadataKey;
  }

  /** The entry field that names the key (public information, safe to show). */
  String identifierField() {
    return identifierField;
  }
}
