package io.fluxjava.kustomizecontroller.sops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fluxjava.testkit.sops.TestSopsEncryptor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Documents encrypted at test time for identities made by Debian's age CLI, decrypted back. Every
 * value type, nesting, format and leaf-selection rule is covered.
 */
class SopsRoundTripTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path keys;
  private AgeCli.Identity identity;
  private SopsDecryptor decryptor;

  @BeforeEach
  void createIdentity() {
    AgeCli.assumeInstalled();
    identity = AgeCli.newIdentity(keys);
    decryptor = new SopsDecryptor(keyring(Map.of("identity.agekey", identity.file())));
  }

  @Test
  void everyValueTypeAndNestingRoundTripsThroughYaml() throws IOException {
    Map<String, Object> plain = everyValueType();
    byte[] encrypted = TestSopsEncryptor.forAgeRecipients(identity.recipient()).yaml(plain);

    assertThat(new String(encrypted, StandardCharsets.UTF_8))
        .doesNotContain("hello world")
        .contains("type:int", "type:float", "type:bool", "type:str");
    assertThat(asJson(decryptor.decrypt(encrypted, SopsFormat.YAML, SopsFormat.JSON)))
        .isEqualTo(plain);
    assertThat(yamlTree(decryptor.decrypt(encrypted, SopsFormat.YAML, SopsFormat.YAML)))
        .isEqualTo(plain);
  }

  @Test
  void multiDocumentYamlDecryptsEveryDocument() {
    // sops writes the same metadata into every document of a stream.
    TestSopsEncryptor encryptor = TestSopsEncryptor.forAgeRecipients(identity.recipient());
    String stream =
        new String(encryptor.yaml(Map.of("first", "one")), StandardCharsets.UTF_8)
            + "---\n"
            + new String(encryptor.yaml(Map.of("second", "two")), StandardCharsets.UTF_8);

    String decrypted =
        new String(
            decryptor.decrypt(
                stream.getBytes(StandardCharsets.UTF_8), SopsFormat.YAML, SopsFormat.YAML),
            StandardCharsets.UTF_8);

    assertThat(decrypted).isEqualTo("first: one\n---\nsecond: two\n");
  }

  @Test
  void everyValueTypeAndNestingRoundTripsThroughJson() throws IOException {
    Map<String, Object> plain = everyValueType();
    byte[] encrypted = TestSopsEncryptor.forAgeRecipients(identity.recipient()).json(plain);

    assertThat(asJson(decryptor.decrypt(encrypted, SopsFormat.JSON, SopsFormat.JSON)))
        .isEqualTo(plain);
  }

  @Test
  void bytesTypedValueDecryptsToItsText() {
    TestSopsEncryptor encryptor = TestSopsEncryptor.forAgeRecipients(identity.recipient());
    Map<String, Object> document = encryptor.encrypt(Map.of("blob", "placeholder"));
    document.put(
        "blob", encryptor.encryptValue("raw\u0001bytes".getBytes(StandardCharsets.UTF_8), "blob:"));

    assertThat(decryptor.decryptTree(document)).isEqualTo(Map.of("blob", "raw\u0001bytes"));
  }

  @Test
  void dotenvRoundTripKeepsNewlinesEscapedAndUnencryptedSuffixInClear() {
    Map<String, Object> plain = new LinkedHashMap<>();
    plain.put("USER", "admin");
    plain.put("CERT", "line one\nline two");
    plain.put("HOST_unencrypted", "db.local");
    byte[] encrypted = TestSopsEncryptor.forAgeRecipients(identity.recipient()).dotenv(plain);

    assertThat(new String(encrypted, StandardCharsets.UTF_8))
        .contains("HOST_unencrypted=db.local\n", "sops_age__list_0__map_recipient=")
        .doesNotContain("admin");
    assertThat(decryptor.decrypt(encrypted, SopsFormat.DOTENV, SopsFormat.DOTENV))
        .asString(StandardCharsets.UTF_8)
        .isEqualTo("USER=admin\nCERT=line one\\nline two\nHOST_unencrypted=db.local\n");
  }

  @Test
  void iniRoundTripUsesSectionAndKeyAsThePath() {
    Map<String, Object> plain = new LinkedHashMap<>();
    plain.put("database", new LinkedHashMap<>(Map.of("password", "s3cret")));
    plain.put("cache", new LinkedHashMap<>(Map.of("ttl", "60")));
    byte[] encrypted = TestSopsEncryptor.forAgeRecipients(identity.recipient()).ini(plain);

    assertThat(decryptor.decrypt(encrypted, SopsFormat.INI, SopsFormat.INI))
        .asString(StandardCharsets.UTF_8)
        .isEqualTo("[database]\npassword = s3cret\n\n[cache]\nttl = 60\n");
  }

  @Test
  void iniMetadataInTripleQuotedMultiLineValuesIsRead() {
    Map<String, Object> plain = new LinkedHashMap<>();
    plain.put("database", new LinkedHashMap<>(Map.of("password", "s3cret")));
    String encrypted =
        new String(
            TestSopsEncryptor.forAgeRecipients(identity.recipient()).ini(plain),
            StandardCharsets.UTF_8);
    // sops 3.13 writes multi-line metadata as """…""" values instead of escaping newlines.
    String tripleQuoted =
        Pattern.compile("^(age__list_0__map_enc = )(.*)$", Pattern.MULTILINE)
            .matcher(encrypted)
            .replaceFirst(
                match ->
                    Matcher.quoteReplacement(
                        match.group(1)
                            + "\"\"\""
                            + match.group(2).replace("\\n", "\n")
                            + "\"\"\""));

    assertThat(tripleQuoted).contains("\n-----END AGE ENCRYPTED FILE-----\n\"\"\"");
    assertThat(
            decryptor.decrypt(
                tripleQuoted.getBytes(StandardCharsets.UTF_8), SopsFormat.INI, SopsFormat.INI))
        .asString(StandardCharsets.UTF_8)
        .isEqualTo("[database]\npassword = s3cret\n");
  }

  @Test
  void binaryRoundTripGivesBackTheExactFile() {
    String file = "{\"auths\": {}}\nsecond line\n";
    byte[] encrypted = TestSopsEncryptor.forAgeRecipients(identity.recipient()).binary(file);

    assertThat(decryptor.decrypt(encrypted, SopsFormat.BINARY, SopsFormat.BINARY))
        .asString(StandardCharsets.UTF_8)
        .isEqualTo(file);
  }

  static Stream<Arguments> leafSelectionRules() {
    return Stream.of(
        rule(
            "encrypted_regex",
            "^(data|stringData)$",
            path -> path.contains("data") || path.contains("stringData"),
            false),
        // Comments are not kept, so the values' own ENC[] markers decide for comment rules.
        rule("encrypted_comment_regex", "sops:enc", path -> path.contains("password"), false),
        rule(
            "unencrypted_regex",
            "^(apiVersion|kind|metadata)$",
            path -> path.stream().noneMatch(k -> k.matches("apiVersion|kind|metadata")),
            false),
        rule(
            "encrypted_suffix",
            "Data",
            path -> path.stream().anyMatch(k -> k.endsWith("Data")),
            false),
        rule(
            "unencrypted_suffix",
            "Version",
            path -> path.stream().noneMatch(k -> k.endsWith("Version")),
            false),
        rule(
            "encrypted_regex",
            "^(data|stringData)$",
            path -> path.contains("data") || path.contains("stringData"),
            true));
  }

  private static Arguments rule(
      String option, String value, Predicate<List<String>> encrypted, boolean macOnlyEncrypted) {
    return Arguments.of(option, value, encrypted, macOnlyEncrypted);
  }

  @ParameterizedTest(name = "{0}: {1} (mac_only_encrypted {3})")
  @MethodSource("leafSelectionRules")
  void leafSelectionRuleDecidesWhatIsDecrypted(
      String option, String value, Predicate<List<String>> encrypted, boolean macOnlyEncrypted) {
    Map<String, Object> secret = secret();
    TestSopsEncryptor encryptor =
        TestSopsEncryptor.forAgeRecipients(identity.recipient()).option(option, value, encrypted);
    if (macOnlyEncrypted) {
      encryptor.flag("mac_only_encrypted", true);
    }
    Map<String, Object> document = encryptor.encrypt(secret);

    assertThat(new SopsResourceDecryptor(decryptor).decrypt(document)).isEqualTo(secret);
  }

  @Test
  void fieldsAddedAfterEncryptionOutsideTheRulesDoNotBreakDecryption() {
    Map<String, Object> document =
        TestSopsEncryptor.forAgeRecipients(identity.recipient())
            .option(
                "encrypted_regex",
                "^(data|stringData)$",
                path -> path.contains("data") || path.contains("stringData"))
            .encrypt(secret());
    // What kustomize does after encryption: name prefix, namespace, labels. The MAC no longer
    // matches.
    Map<String, Object> metadata =
        new LinkedHashMap<>(
            Map.of("name", "prefix-app", "namespace", "apps", "labels", Map.of("team", "a")));
    document.put("metadata", metadata);

    Map<String, Object> decrypted = new SopsResourceDecryptor(decryptor).decrypt(document);

    assertThat(decrypted.get("metadata")).isEqualTo(metadata);
    assertThat(decrypted.get("stringData")).isEqualTo(Map.of("password", "hunter2"));
    SopsResidueCheck.verify(decrypted);
  }

  @Test
  void dataKeyWrappedByTheAgeCliDecrypts() {
    byte[] encrypted =
        TestSopsEncryptor.forAgeRecipients(AgeCli::encryptArmored, identity.recipient())
            .yaml(Map.of("token", "from-age-cli"));

    assertThat(yamlTree(decryptor.decrypt(encrypted, SopsFormat.YAML, SopsFormat.YAML)))
        .isEqualTo(Map.of("token", "from-age-cli"));
  }

  @Test
  void anyIdentityOfAMultiIdentityEntryCanDecrypt() {
    AgeCli.Identity other = AgeCli.newIdentity(keys);
    String entry = "# team keys\n" + identity.file() + "\n\n# second key\n" + other.file();
    SopsDecryptor both = new SopsDecryptor(keyring(Map.of("team.agekey", entry)));
    byte[] encrypted = TestSopsEncryptor.forAgeRecipients(other.recipient()).yaml(Map.of("k", "v"));

    assertThat(yamlTree(both.decrypt(encrypted, SopsFormat.YAML, SopsFormat.YAML)))
        .isEqualTo(Map.of("k", "v"));
  }

  @Test
  void documentWithSeveralRecipientsDecryptsWithAnyOfThem() {
    AgeCli.Identity other = AgeCli.newIdentity(keys);
    byte[] encrypted =
        TestSopsEncryptor.forAgeRecipients(other.recipient(), identity.recipient())
            .yaml(Map.of("k", "v"));

    assertThat(yamlTree(decryptor.decrypt(encrypted, SopsFormat.YAML, SopsFormat.YAML)))
        .isEqualTo(Map.of("k", "v"));
  }

  @Test
  void shamirKeyGroupsNeedTheThresholdOfGroups() {
    AgeCli.Identity second = AgeCli.newIdentity(keys);
    AgeCli.Identity third = AgeCli.newIdentity(keys);
    byte[] encrypted =
        TestSopsEncryptor.forShamirGroups(
                2, identity.recipient(), second.recipient(), third.recipient())
            .yaml(Map.of("k", "v"));
    SopsDecryptor firstAndThird =
        new SopsDecryptor(keyring(Map.of("a.agekey", identity.file(), "c.agekey", third.file())));

    assertThat(yamlTree(firstAndThird.decrypt(encrypted, SopsFormat.YAML, SopsFormat.YAML)))
        .isEqualTo(Map.of("k", "v"));
    assertThatThrownBy(() -> decryptor.decrypt(encrypted, SopsFormat.YAML, SopsFormat.YAML))
        .hasMessageContaining("2 successful key group(s) required, got 1");
  }

  @Test
  void secretDataValuesHoldingSopsFilesAreDecryptedInTheFormatOfTheirKey() {
    TestSopsEncryptor encryptor = TestSopsEncryptor.forAgeRecipients(identity.recipient());
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("app.env", base64(encryptor.dotenv(Map.of("TOKEN", "abc"))));
    data.put("config.yaml", base64(encryptor.json(Map.of("password", "p"))));
    data.put("plain", base64("not encrypted".getBytes(StandardCharsets.UTF_8)));
    Map<String, Object> secret =
        new LinkedHashMap<>(
            Map.of("apiVersion", "v1", "kind", "Secret", "metadata", Map.of("name", "s")));
    secret.put("data", data);

    Map<String, Object> decrypted = new SopsResourceDecryptor(decryptor).decrypt(secret);

    Map<?, ?> values = (Map<?, ?>) decrypted.get("data");
    assertThat(decode(values.get("app.env"))).isEqualTo("TOKEN=abc\n");
    assertThat(yamlTree(Base64.getDecoder().decode((String) values.get("config.yaml"))))
        .isEqualTo(Map.of("password", "p"));
    assertThat(decode(values.get("plain"))).isEqualTo("not encrypted");
    SopsResidueCheck.verify(decrypted);
  }

  @Test
  void objectsWithDecryptionDisabledAreLeftAlone() {
    Map<String, Object> document =
        TestSopsEncryptor.forAgeRecipients(identity.recipient()).encrypt(secret());
    document.put(
        "metadata",
        Map.of(
            "name",
            "app",
            "annotations",
            Map.of("kustomize.toolkit.fluxcd.io/decrypt", "disabled")));

    assertThat(new SopsResourceDecryptor(decryptor).decrypt(document)).isSameAs(document);
    SopsResidueCheck.verify(document);
  }

  private static Map<String, Object> secret() {
    Map<String, Object> secret = new LinkedHashMap<>();
    secret.put("apiVersion", "v1");
    secret.put("kind", "Secret");
    secret.put("metadata", new LinkedHashMap<>(Map.of("name", "app")));
    secret.put(
        "data",
        new LinkedHashMap<>(Map.of("token", base64("t0k3n".getBytes(StandardCharsets.UTF_8)))));
    secret.put("stringData", new LinkedHashMap<>(Map.of("password", "hunter2")));
    return secret;
  }

  private static Map<String, Object> everyValueType() {
    Map<String, Object> nested = new LinkedHashMap<>();
    nested.put(
        "list",
        new ArrayList<>(
            Arrays.asList(1, "two", 3.25, false, new LinkedHashMap<>(Map.of("deep", "value")))));
    nested.put("map", new LinkedHashMap<>(Map.of("inner", "hello world")));
    Map<String, Object> plain = new LinkedHashMap<>();
    plain.put("string", "hello world");
    plain.put("integer", 42);
    plain.put("negative", -7);
    plain.put("long", 9_000_000_000L);
    plain.put("float", 1.5);
    plain.put("true", true);
    plain.put("false", false);
    plain.put("empty", "");
    plain.put("nothing", null);
    plain.put("multiline", "first\nsecond\n");
    plain.put("unicode", "héllo ✓");
    plain.put("nested", nested);
    return plain;
  }

  private static SopsKeyring keyring(Map<String, String> entries) {
    Map<String, byte[]> data = new LinkedHashMap<>();
    entries.forEach((name, text) -> data.put(name, text.getBytes(StandardCharsets.UTF_8)));
    return SopsKeyring.fromSecretData(data);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> asJson(byte[] json) throws IOException {
    return JSON.readValue(json, Map.class);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> yamlTree(byte[] yaml) {
    return (Map<String, Object>)
        new Load(LoadSettings.builder().build())
            .loadFromString(new String(yaml, StandardCharsets.UTF_8));
  }

  private static String base64(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }

  private static String decode(Object base64) {
    return new String(Base64.getDecoder().decode((String) base64), StandardCharsets.UTF_8);
  }
}
