package io.fluxjava.kustomizecontroller.sops;

import com.exceptionfactory.jagged.RecipientStanzaReader;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The private keys a Kustomization may decrypt with, read from its decryption Secret's data. Entry
 * names follow upstream: {@code *.agekey} age identities, {@code *.asc} armored OpenPGP private
 * keys, and the {@code sops.*} cloud and Vault credentials, which this implementation recognises
 * but cannot use (documents needing them fail with a clear "not supported" error).
 */
public final class SopsKeyring {

  /** Secret entries ending with this hold age identities. */
  public static final String AGE_KEY_SUFFIX = ".agekey";

  /** Secret entries ending with this hold armored OpenPGP private keys. */
  public static final String PGP_KEY_SUFFIX = ".asc";

  /** Credential entries upstream reads, by the master key type they unlock. */
  private static final Map<String, MasterKeyType> CREDENTIAL_ENTRIES =
      Map.of(
          "sops.vault-token", MasterKeyType.HASHICORP_VAULT,
          "sops.aws-kms", MasterKeyType.AWS_KMS,
          "sops.azure-kv", MasterKeyType.AZURE_KEY_VAULT,
          "sops.gcp-kms", MasterKeyType.GCP_KMS);

  private final AgeIdentities ageIdentities;
  private final PgpSecretKeys pgpKeys;
  private final Set<MasterKeyType> unusableCredentials;

  private SopsKeyring(
      AgeIdentities ageIdentities, PgpSecretKeys pgpKeys, Set<MasterKeyType> unusableCredentials) {
    this.ageIdentities = ageIdentities;
    this.pgpKeys = pgpKeys;
    this.unusableCredentials = unusableCredentials;
  }

  /**
   * Reads every key entry of a {@code spec.decryption.secretRef} Secret; other entries are ignored.
   */
  public static SopsKeyring fromSecretData(Map<String, byte[]> data) {
    AgeIdentities age = new AgeIdentities();
    PgpSecretKeys pgp = new PgpSecretKeys();
    Set<MasterKeyType> credentials = EnumSet.noneOf(MasterKeyType.class);
    // Sorted, so that errors and the order identities are tried in do not depend on map order.
    new TreeMap<>(data)
        .forEach(
            (name, value) -> {
              if (name.endsWith(AGE_KEY_SUFFIX)) {
                age.add(new String(value, StandardCharsets.UTF_8), name);
              } else if (name.endsWith(PGP_KEY_SUFFIX)) {
                pgp.add(value, name);
              } else if (CREDENTIAL_ENTRIES.containsKey(name)) {
                credentials.add(CREDENTIAL_ENTRIES.get(name));
              }
            });
    return new SopsKeyring(age, pgp, credentials);
  }

  /**
   * Reads only the age identities of the controller-wide fallback Secret ({@code
   * --sops-age-secret}), as upstream does for it.
   */
  public static SopsKeyring fromGlobalAgeSecretData(Map<String, byte[]> data) {
    Map<String, byte[]> ageEntries = new TreeMap<>();
    data.forEach(
        (name, value) -> {
          if (name.endsWith(AGE_KEY_SUFFIX)) {
            ageEntries.put(name, value);
          }
        });
    return fromSecretData(ageEntries);
  }

  List<RecipientStanzaReader> ageReaders() {
    return ageIdentities.readers();
  }

  int agePluginIdentities() {
    return ageIdentities.pluginIdentityCount();
  }

  PgpSecretKeys pgpKeys() {
    return pgpKeys;
  }

  /** Whether the Secret held credentials for this key type, which cannot be used here. */
  boolean hasUnusableCredentials(MasterKeyType type) {
    return unusableCredentials.contains(type);
  }
}
