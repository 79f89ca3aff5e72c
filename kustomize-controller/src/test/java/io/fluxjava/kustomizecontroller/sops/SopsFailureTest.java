package io.fluxjava.kustomizecontroller.sops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fluxjava.testkit.sops.TestSopsEncryptor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every way decryption can fail gives a clear error, and no error message carries plaintext,
 * ciphertext or key material.
 */
class SopsFailureTest {

  private static final String PLAINTEXT = "do-not-leak-this-password";

  @TempDir Path keys;
  private AgeCli.Identity identity;
  private TestSopsEncryptor encryptor;

  @BeforeEach
  void createIdentity() {
    AgeCli.assumeInstalled();
    identity = AgeCli.newIdentity(keys);
    encryptor = TestSopsEncryptor.forAgeRecipients(identity.recipient());
  }

  @Test
  void wrongKeyNamesTheRecipientItCouldNotOpen() {
    AgeCli.Identity stranger = AgeCli.newIdentity(keys);

    assertFailsSafely(
        () -> decryptorFor(stranger).decryptTree(encryptor.encrypt(Map.of("password", PLAINTEXT))),
        stranger,
        "cannot get sops data key",
        "age " + identity.recipient() + ": no age identity matches this recipient");
  }

  @Test
  void missingKeysSayNoIdentityWasProvided() {
    SopsDecryptor empty =
        new SopsDecryptor(SopsKeyring.fromSecretData(Map.of("unrelated", new byte[] {1})));

    assertFailsSafely(
        () -> empty.decryptTree(encryptor.encrypt(Map.of("password", PLAINTEXT))),
        identity,
        "no age identities were provided");
  }

  @Test
  void tamperedTagFailsAuthentication() {
    Map<String, Object> document = encryptor.encrypt(Map.of("password", PLAINTEXT));
    document.put("password", withFlippedTagBit((String) document.get("password")));

    assertFailsSafely(
        () -> decryptorFor(identity).decryptTree(document),
        identity,
        "could not decrypt value at 'password': authentication failed");
  }

  @Test
  void valueMovedToAnotherKeyFailsAuthenticationBecauseThePathIsAuthenticated() {
    Map<String, Object> document = encryptor.encrypt(Map.of("password", PLAINTEXT));
    document.put("username", document.remove("password"));

    assertFailsSafely(
        () -> decryptorFor(identity).decryptTree(document),
        identity,
        "could not decrypt value at 'username': authentication failed");
  }

  @Test
  void truncatedValueDoesNotMatchTheFormatAndIsRedacted() {
    Map<String, Object> document = encryptor.encrypt(Map.of("password", PLAINTEXT));
    String encrypted = (String) document.get("password");
    document.put("password", encrypted.substring(0, encrypted.indexOf(",tag:")));

    assertFailsSafely(
        () -> decryptorFor(identity).decryptTree(document),
        identity,
        "Input string <redacted> at 'password' does not match sops' data format");
  }

  @Test
  void truncatedTagIsReported() {
    Map<String, Object> document = encryptor.encrypt(Map.of("password", PLAINTEXT));
    document.put(
        "password", ((String) document.get("password")).replaceFirst("tag:[^,]+,", "tag:AAAA,"));

    assertFailsSafely(
        () -> decryptorFor(identity).decryptTree(document),
        identity,
        "truncated encrypted value at 'password'");
  }

  @Test
  void plainValueWhereTheRulesExpectCiphertextFails() {
    Map<String, Object> document = encryptor.encrypt(Map.of("password", PLAINTEXT));
    document.put("added", "plain text value");

    assertFailsSafely(
        () -> decryptorFor(identity).decryptTree(document),
        identity,
        "Input string <redacted> at 'added' does not match sops' data format");
  }

  @Test
  void cloudKeyTypesAreUnsupportedAndSaySo() {
    Map<String, Object> kmsEntry = new LinkedHashMap<>();
    kmsEntry.put("arn", "arn:aws:kms:eu-west-1:000000000000:key/demo");
    kmsEntry.put("enc", "AQICAHh=");
    Map<String, Object> document =
        TestSopsEncryptor.forAgeRecipients()
            .extraKeyEntry("kms", kmsEntry)
            .encrypt(Map.of("password", PLAINTEXT));
    SopsDecryptor withAwsCredentials =
        new SopsDecryptor(
            SopsKeyring.fromSecretData(
                Map.of("sops.aws-kms", "aws_access_key_id: x".getBytes(StandardCharsets.UTF_8))));

    assertFailsSafely(
        () -> withAwsCredentials.decryptTree(document),
        identity,
        "kms arn:aws:kms:eu-west-1:000000000000:key/demo: unsupported key type: kms master keys"
            + " cannot be used by this implementation (the credentials in the decryption Secret"
            + " were ignored)");
  }

  @Test
  void agePluginRecipientsAreAnUnsupportedKeyType() {
    Map<String, Object> document =
        TestSopsEncryptor.forAgeRecipients(
                (key, recipient) -> "unused", "age1yubikey1qfakefakefake")
            .encrypt(Map.of("password", PLAINTEXT));

    assertFailsSafely(
        () -> decryptorFor(identity).decryptTree(document),
        identity,
        "age age1yubikey1qfakefakefake: unsupported key type: age plugin recipients");
  }

  @Test
  void invalidIdentityNamesTheEntryAndLineButNotTheKey() {
    String broken = identity.file().replace("AGE-SECRET-KEY-1", "AGE-SECRET-KEY-1X");

    assertThatThrownBy(
            () ->
                SopsKeyring.fromSecretData(
                    Map.of("team.agekey", broken.getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(SopsException.class)
        .hasMessage("failed to import 'team.agekey': invalid age identity on line 3")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(secretKeyOf(identity)));
  }

  @Test
  void notAnIdentityLineIsRejected() {
    assertThatThrownBy(
            () ->
                SopsKeyring.fromSecretData(
                    Map.of("x.agekey", "hello\n".getBytes(StandardCharsets.UTF_8))))
        .hasMessage("failed to import 'x.agekey': line 1 is not an age identity");
  }

  @Test
  void armoredPublicKeyIsNotAPrivateKey() {
    assertThatThrownBy(
            () ->
                SopsKeyring.fromSecretData(
                    Map.of("pub.asc", "not a key".getBytes(StandardCharsets.UTF_8))))
        .hasMessageStartingWith("failed to import 'pub.asc': ");
  }

  @Test
  void documentWithoutMetadataIsNotASopsFile() {
    assertThatThrownBy(
            () ->
                decryptorFor(identity)
                    .decrypt(
                        "a: b\n".getBytes(StandardCharsets.UTF_8),
                        SopsFormat.YAML,
                        SopsFormat.YAML))
        .hasMessage("sops metadata not found");
  }

  @Test
  void resourceErrorsNameTheObject() {
    Map<String, Object> secret =
        secretEncryptor().encrypt(secretWith("stringData", Map.of("password", PLAINTEXT)));
    AgeCli.Identity stranger = AgeCli.newIdentity(keys);

    assertFailsSafely(
        () -> new SopsResourceDecryptor(decryptorFor(stranger)).decrypt(secret),
        stranger,
        "failed to decrypt and format 'apps/db' Secret data: cannot get sops data key");
  }

  @Test
  void residueCheckRefusesASecretStillCarryingSopsMetadata() {
    Map<String, Object> secret =
        secretEncryptor().encrypt(secretWith("stringData", Map.of("password", PLAINTEXT)));

    assertThatThrownBy(() -> SopsResidueCheck.verify(secret))
        .hasMessage(
            "Secret/apps/db is SOPS encrypted, configuring decryption is required for this secret"
                + " to be reconciled");
  }

  @Test
  void residueCheckRefusesEncryptedValuesLeftInStringDataOrData() {
    String encrypted = encryptor.encryptValue(PLAINTEXT, "stringData:password:");
    Map<String, Object> inStringData = secretWith("stringData", Map.of("password", encrypted));
    Map<String, Object> inData =
        secretWith(
            "data",
            Map.of(
                "password",
                Base64.getEncoder().encodeToString(encrypted.getBytes(StandardCharsets.UTF_8))));

    assertThatThrownBy(() -> SopsResidueCheck.verify(inStringData))
        .hasMessage(
            "Secret/apps/db still holds a SOPS-encrypted value in stringData.password after decryption");
    assertThatThrownBy(() -> SopsResidueCheck.verify(inData))
        .hasMessage(
            "Secret/apps/db still holds a SOPS-encrypted value in data.password after decryption");
  }

  @Test
  void residueCheckAcceptsPlainSecretsAndOtherKinds() {
    SopsResidueCheck.verify(secretWith("stringData", Map.of("password", PLAINTEXT)));
    Map<String, Object> configMap =
        secretWith("data", Map.of("x", "ENC[AES256_GCM,data:AA==,iv:AA==,tag:AA==,type:str]"));
    configMap.put("kind", "ConfigMap");
    SopsResidueCheck.verify(configMap);
  }

  /** Encrypts Secrets the way users are told to: only data and stringData. */
  private TestSopsEncryptor secretEncryptor() {
    return encryptor.option(
        "encrypted_regex",
        "^(data|stringData)$",
        path -> path.contains("data") || path.contains("stringData"));
  }

  private SopsDecryptor decryptorFor(AgeCli.Identity owner) {
    return new SopsDecryptor(
        SopsKeyring.fromSecretData(
            Map.of("key.agekey", owner.file().getBytes(StandardCharsets.UTF_8))));
  }

  private static Map<String, Object> secretWith(String field, Map<String, Object> values) {
    Map<String, Object> secret = new LinkedHashMap<>();
    secret.put("apiVersion", "v1");
    secret.put("kind", "Secret");
    secret.put("metadata", Map.of("name", "db", "namespace", "apps"));
    secret.put(field, new LinkedHashMap<>(values));
    return secret;
  }

  /** The same value with one bit of its authentication tag flipped. */
  private static String withFlippedTagBit(String encrypted) {
    Matcher tag = Pattern.compile("tag:([^,]+),").matcher(encrypted);
    assertThat(tag.find()).isTrue();
    byte[] bytes = Base64.getDecoder().decode(tag.group(1));
    bytes[0] ^= 1;
    return encrypted.substring(0, tag.start(1))
        + Base64.getEncoder().encodeToString(bytes)
        + encrypted.substring(tag.end(1));
  }

  private static String secretKeyOf(AgeCli.Identity identity) {
    return identity
        .file()
        .lines()
        .filter(line -> line.startsWith("AGE-SECRET-KEY-"))
        .findFirst()
        .orElseThrow();
  }

  /** The call fails with a message holding every fragment and no secret of any kind. */
  private static void assertFailsSafely(
      ThrowingCallable call, AgeCli.Identity identity, String... fragments) {
    assertThatThrownBy(call)
        .isInstanceOf(SopsException.class)
        .satisfies(
            e ->
                assertThat(e.getMessage())
                    .contains(List.of(fragments))
                    .doesNotContain(PLAINTEXT, secretKeyOf(identity), "ENC[AES256_GCM"));
  }
}
