package io.fluxjava.kustomizecontroller;

import static io.fluxjava.kustomizecontroller.testing.Manifests.ready;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fluxjava.api.kustomize.Decryption;
import io.fluxjava.api.kustomize.DecryptionProvider;
import io.fluxjava.api.meta.LocalObjectReference;
import io.fluxjava.kustomizecontroller.testing.KustomizationFixture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** SOPS-encrypted Secrets in the source (upstream's fixtures) with and without decryption. */
class KustomizationDecryptionTest {

  private static final Path FIXTURES = Path.of("src/test/resources/sops/kustomize-controller");
  private static final String REVISION = "main@sha1:" + "ab".repeat(20);

  private KustomizationFixture fixture;

  @BeforeEach
  void start() throws Exception {
    fixture = KustomizationFixture.start();
    fixture.publish(
        "repo",
        REVISION,
        Map.of("secret.yaml", Files.readString(FIXTURES.resolve("algorithms/age.yaml"))));
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  @Test
  void encryptedSecretsAreDecryptedWithTheKeysOfTheDecryptionSecret() throws Exception {
    fixture
        .client()
        .secrets()
        .inNamespace(KustomizationFixture.NAMESPACE)
        .resource(
            new SecretBuilder()
                .withNewMetadata()
                .withName("sops-keys")
                .endMetadata()
                .addToData(
                    "identity.agekey", base64(Files.readString(FIXTURES.resolve("keys/age.txt"))))
                .build())
        .create();
    fixture.create(
        "secrets",
        "repo",
        spec -> {
          spec.setTargetNamespace("default");
          spec.setDecryption(decryption("sops-keys"));
        });

    assertThat(ready(fixture.reconcile("secrets"))).startsWith("True ");

    Secret live = fixture.client().secrets().inNamespace("default").withName("age").get();
    assertThat(plaintext(live)).isEqualTo("value");
    assertThat(live.getAdditionalProperties()).doesNotContainKey("sops");
  }

  @Test
  void ageOpenPgpAndPostQuantumSecretsAreDecryptedTogether() throws Exception {
    fixture.publish(
        "all-algorithms",
        REVISION,
        Map.of(
            "age.yaml", Files.readString(FIXTURES.resolve("algorithms/age.yaml")),
            "pgp.yaml", Files.readString(FIXTURES.resolve("algorithms/pgp.yaml")),
            "age-pq.yaml", Files.readString(FIXTURES.resolve("algorithms/age-pq.yaml"))));
    fixture
        .client()
        .secrets()
        .inNamespace(KustomizationFixture.NAMESPACE)
        .resource(
            new SecretBuilder()
                .withNewMetadata()
                .withName("sops-keys")
                .endMetadata()
                .addToData("identity.agekey", base64(fixtureKey("age.txt")))
                .addToData("pq.agekey", base64(fixtureKey("age-pq.txt")))
                .addToData("private.asc", base64(fixtureKey("pgp.asc")))
                .build())
        .create();
    fixture.create(
        "secrets",
        "all-algorithms",
        spec -> {
          spec.setTargetNamespace("default");
          spec.setDecryption(decryption("sops-keys"));
        });

    assertThat(ready(fixture.reconcile("secrets"))).startsWith("True ");

    for (String name : new String[] {"age", "pgp", "age-pq"}) {
      Secret live = fixture.client().secrets().inNamespace("default").withName(name).get();
      assertThat(plaintext(live)).as(name).isEqualTo("value");
      assertThat(live.getAdditionalProperties()).as(name).doesNotContainKey("sops");
    }
  }

  private static String fixtureKey(String file) throws java.io.IOException {
    return Files.readString(FIXTURES.resolve("keys").resolve(file));
  }

  private static String plaintext(Secret live) {
    return live.getData() != null && live.getData().containsKey("key")
        ? new String(Base64.getDecoder().decode(live.getData().get("key")), StandardCharsets.UTF_8)
        : live.getStringData().get("key");
  }

  @Test
  void anEncryptedSecretIsNeverAppliedWithoutDecryption() {
    fixture.create("secrets", "repo", spec -> spec.setTargetNamespace("default"));

    assertThat(ready(fixture.reconcile("secrets")))
        .startsWith("False ReconciliationFailed: Secret/default/age is SOPS encrypted");
    assertThat(fixture.client().secrets().inNamespace("default").withName("age").get()).isNull();
  }

  @Test
  void aWrongKeyFailsTheBuild() {
    fixture
        .client()
        .secrets()
        .inNamespace(KustomizationFixture.NAMESPACE)
        .resource(new SecretBuilder().withNewMetadata().withName("sops-keys").endMetadata().build())
        .create();
    fixture.create(
        "secrets",
        "repo",
        spec -> {
          spec.setTargetNamespace("default");
          spec.setDecryption(decryption("sops-keys"));
        });

    assertThat(ready(fixture.reconcile("secrets")))
        .startsWith("False BuildFailed: decryption failed for 'age': ");
    assertThat(fixture.client().secrets().inNamespace("default").withName("age").get()).isNull();
  }

  private static Decryption decryption(String secret) {
    LocalObjectReference ref = new LocalObjectReference();
    ref.setName(secret);
    Decryption decryption = new Decryption();
    decryption.setProvider(DecryptionProvider.SOPS);
    decryption.setSecretRef(ref);
    return decryption;
  }

  private static String base64(String value) {
    return Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
  }
}
