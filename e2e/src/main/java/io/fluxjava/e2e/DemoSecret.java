package io.fluxjava.e2e;

import io.fluxjava.testkit.sops.AgeKeyPair;
import io.fluxjava.testkit.sops.TestSopsEncryptor;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo's SOPS-encrypted Secret: a password made up at setup time, encrypted for the demo age
 * key the way {@code sops --encrypt --encrypted-regex '^(data|stringData)$'} does, so no secret is
 * ever committed to the project.
 */
public final class DemoSecret {

  /** The Secret's name in the apps-production namespace. */
  public static final String NAME = "podinfo-credentials";

  /** The data key holding the password. */
  public static final String KEY = "password";

  /** Where the encrypted manifest lives in the demo repository. */
  public static final String PATH = "apps/production/podinfo-credentials.sops.yaml";

  private static final String ENCRYPTED_FIELDS = "^(data|stringData)$";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final String password;

  private DemoSecret(String password) {
    this.password = password;
  }

  /** A Secret with a fresh random password. */
  public static DemoSecret random() {
    byte[] bytes = new byte[12];
    RANDOM.nextBytes(bytes);
    return new DemoSecret("demo-" + HexFormat.of().formatHex(bytes));
  }

  /** The password in plain text, as the API server holds it once decrypted. */
  public String password() {
    return password;
  }

  /** The Secret manifest with its data encrypted for {@code key}'s recipient. */
  public String encryptedManifest(AgeKeyPair key) {
    Map<String, Object> secret = new LinkedHashMap<>();
    secret.put("apiVersion", "v1");
    secret.put("kind", "Secret");
    secret.put("metadata", Map.of("name", NAME));
    secret.put("type", "Opaque");
    secret.put(
        "data",
        Map.of(KEY, Base64.getEncoder().encodeToString(password.getBytes(StandardCharsets.UTF_8))));
    byte[] encrypted =
        TestSopsEncryptor.forAgeRecipients(key.recipient())
            .option("encrypted_regex", ENCRYPTED_FIELDS, DemoSecret::isEncryptedField)
            .yaml(secret);
    return new String(encrypted, StandardCharsets.UTF_8);
  }

  private static boolean isEncryptedField(List<String> path) {
    return path.get(0).matches(ENCRYPTED_FIELDS);
  }
}
