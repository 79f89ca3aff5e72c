package io.fluxjava.kustomizecontroller.sops;

import static io.fluxjava.kustomizecontroller.sops.UpstreamFixtures.read;
import static io.fluxjava.kustomizecontroller.sops.UpstreamFixtures.secretData;
import static io.fluxjava.kustomizecontroller.sops.UpstreamFixtures.yamlObject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Decrypts every encrypted file of upstream's end-to-end fixture tree with its published keys. The
 * expected plaintexts were recovered once with those keys. No fixture's MAC matches any more (the
 * files were edited after encryption), and decryption must not care.
 */
class UpstreamFixturesDecryptionTest {

  private final SopsDecryptor ageDecryptor =
      new SopsDecryptor(SopsKeyring.fromSecretData(secretData("identity.agekey", "age.txt")));
  private final SopsDecryptor pgpDecryptor =
      new SopsDecryptor(SopsKeyring.fromSecretData(secretData("private.asc", "pgp.asc")));

  @Test
  void ageEncryptedSecretDecryptsAndLosesItsSopsBlock() {
    Map<String, Object> secret =
        new SopsResourceDecryptor(ageDecryptor).decrypt(yamlObject("algorithms/age.yaml"));

    assertThat(secret).doesNotContainKey("sops");
    assertThat(secret.get("stringData")).isEqualTo(Map.of("key", "value"));
    assertThat(secret.get("metadata")).isEqualTo(Map.of("name", "age"));
  }

  @Test
  void pgpEncryptedSecretDecrypts() {
    Map<String, Object> secret =
        new SopsResourceDecryptor(pgpDecryptor).decrypt(yamlObject("algorithms/pgp.yaml"));

    assertThat(secret.get("stringData")).isEqualTo(Map.of("key", "value"));
  }

  @Test
  void pgpSecretWithoutAnOpenPgpKeySaysSo() {
    assertThatThrownBy(
            () ->
                new SopsResourceDecryptor(ageDecryptor).decrypt(yamlObject("algorithms/pgp.yaml")))
        .isInstanceOf(SopsException.class)
        .hasMessageContaining(
            "pgp 35C1A64CD7FC0AB6EB66756B2445463C3234ECE1: no OpenPGP private keys were provided");
  }

  @Test
  void postQuantumAgeSecretDecrypts() {
    SopsDecryptor decryptor =
        new SopsDecryptor(SopsKeyring.fromSecretData(secretData("pq.agekey", "age-pq.txt")));

    Map<String, Object> secret =
        new SopsResourceDecryptor(decryptor).decrypt(yamlObject("algorithms/age-pq.yaml"));

    assertThat(secret.get("stringData")).isEqualTo(Map.of("key", "value"));
  }

  @Test
  void oneEntryWithClassicAndPostQuantumIdentitiesOpensBothKinds() {
    byte[] both =
        (new String(read("keys/age-pq.txt"), StandardCharsets.UTF_8)
                + new String(read("keys/age.txt"), StandardCharsets.UTF_8))
            .getBytes(StandardCharsets.UTF_8);
    SopsResourceDecryptor decryptor =
        new SopsResourceDecryptor(
            new SopsDecryptor(SopsKeyring.fromSecretData(Map.of("all.agekey", both))));

    assertThat(decryptor.decrypt(yamlObject("algorithms/age-pq.yaml"))).doesNotContainKey("sops");
    assertThat(decryptor.decrypt(yamlObject("algorithms/age.yaml"))).doesNotContainKey("sops");
  }

  @Test
  void postQuantumRecipientWithOnlyAClassicKeyFails() {
    assertThatThrownBy(
            () ->
                new SopsResourceDecryptor(ageDecryptor)
                    .decrypt(yamlObject("algorithms/age-pq.yaml")))
        .isInstanceOf(SopsException.class)
        .hasMessageContaining("failed to decrypt and format '/age-pq' Secret data")
        .hasMessageContaining("no age identity matches this recipient");
  }

  @Test
  void encryptedPatchFilesDecryptAsYaml() {
    String merge1 =
        new String(
            ageDecryptor.decrypt(read("patches/merge1.yaml"), SopsFormat.YAML, SopsFormat.YAML),
            StandardCharsets.UTF_8);
    String merge2 =
        new String(
            ageDecryptor.decrypt(read("patches/merge2.yaml"), SopsFormat.YAML, SopsFormat.YAML),
            StandardCharsets.UTF_8);

    assertThat(merge1)
        .isEqualTo(
            "apiVersion: v1\nkind: Secret\nmetadata:\n  name: secret\nstringData:\n  key: merge1\n");
    assertThat(merge2)
        .isEqualTo(
            "apiVersion: v1\nkind: Secret\nmetadata:\n  name: secret\nstringData:\n  merge2: merge2\n");
  }

  @Test
  void dotenvGeneratorInputsDecrypt() {
    assertThat(ageDecryptor.decrypt(read("envs/env.env"), SopsFormat.DOTENV, SopsFormat.DOTENV))
        .asString(StandardCharsets.UTF_8)
        .isEqualTo("key=value\n");
    assertThat(
            ageDecryptor.decrypt(read("component/env.env"), SopsFormat.DOTENV, SopsFormat.DOTENV))
        .asString(StandardCharsets.UTF_8)
        .isEqualTo("key=value\n");
  }

  @Test
  void binaryGeneratorInputDecryptsToTheRawFile() {
    // files/kustomization.yaml reads it as "key=file.txt": the key has no extension, so binary.
    assertThat(ageDecryptor.decrypt(read("files/file.txt"), SopsFormat.BINARY, SopsFormat.BINARY))
        .asString(StandardCharsets.UTF_8)
        .isEqualTo("value");
  }

  @Test
  void sopsDocumentNestedInASecretDataValueDecrypts() {
    Map<String, Object> secret =
        new SopsResourceDecryptor(ageDecryptor).decrypt(yamlObject("inside/secret.yaml"));

    @SuppressWarnings("unchecked")
    Map<String, Object> data = (Map<String, Object>) secret.get("data");
    assertThat(
            new String(
                Base64.getDecoder().decode((String) data.get("key")), StandardCharsets.UTF_8))
        .isEqualTo("value");
    SopsResidueCheck.verify(secret);
  }

  @Test
  void globalKeySecretDecryptsWithTheControllerWideAgeKey() {
    SopsDecryptor global =
        new SopsDecryptor(
            SopsKeyring.fromGlobalAgeSecretData(secretData("global.agekey", "age-global.txt")));

    Map<String, Object> secret =
        new SopsResourceDecryptor(global).decrypt(yamlObject("global/secret.yaml"));

    assertThat(secret.get("stringData")).isEqualTo(Map.of("key", "global-value"));
    SopsResidueCheck.verify(secret);
  }

  @Test
  void generatorAndPatchInputsDecryptInPlaceInsideABuildCopy(@TempDir Path build)
      throws IOException {
    copyTree(UpstreamFixtures.ROOT, build);
    SopsFileDecryptor files = new SopsFileDecryptor(ageDecryptor, build);

    assertThat(files.decryptInPlace(Path.of("envs/env.env"), SopsFormat.forEnvFile("env.env")))
        .isTrue();
    assertThat(files.decryptInPlace(Path.of("component/env.env"), SopsFormat.DOTENV)).isTrue();
    assertThat(files.decryptInPlace(Path.of("files/file.txt"), SopsFormat.forPath("key"))).isTrue();
    assertThat(files.decryptInPlace(Path.of("patches/merge2.yaml"), SopsFormat.YAML)).isTrue();
    assertThat(files.decryptInPlace(Path.of("patches/kustomization.yaml"), SopsFormat.YAML))
        .isFalse();

    assertThat(build.resolve("envs/env.env")).hasContent("key=value\n");
    assertThat(build.resolve("component/env.env")).hasContent("key=value\n");
    assertThat(build.resolve("files/file.txt")).hasContent("value");
    assertThat(build.resolve("patches/merge2.yaml")).content().contains("merge2: merge2");
    assertThat(Files.getPosixFilePermissions(build.resolve("envs/env.env")))
        .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    assertThat(build.resolve("patches/kustomization.yaml"))
        .hasSameTextualContentAs(UpstreamFixtures.ROOT.resolve("patches/kustomization.yaml"));
  }

  @Test
  void wholeTreeSourcesDecryptBeforeTheBuild(@TempDir Path build) throws IOException {
    copyTree(UpstreamFixtures.ROOT, build);

    List<Path> decrypted =
        new SopsSourceDecryptor(ageDecryptor, build).decryptSources(Path.of("."));

    assertThat(decrypted)
        .containsExactlyInAnyOrder(
            Path.of("envs/env.env"),
            Path.of("files/file.txt"),
            Path.of("patches/merge1.yaml"),
            Path.of("patches/merge2.yaml"),
            Path.of("component/env.env"));
    assertThat(build.resolve("envs/env.env")).hasContent("key=value\n");
    assertThat(build.resolve("files/file.txt")).hasContent("value");
    assertThat(build.resolve("patches/merge1.yaml")).content().contains("key: merge1");
    // Resources are decrypted after the build, not here.
    assertThat(build.resolve("algorithms/age.yaml"))
        .hasSameTextualContentAs(UpstreamFixtures.ROOT.resolve("algorithms/age.yaml"));
  }

  @Test
  void fileDecryptorRefusesPathsLeavingTheBuildDirectory(@TempDir Path parent) throws IOException {
    Path build = Files.createDirectory(parent.resolve("build"));
    Files.write(parent.resolve("outside.env"), read("envs/env.env"));
    Files.createSymbolicLink(build.resolve("link.env"), parent.resolve("outside.env"));
    SopsFileDecryptor files = new SopsFileDecryptor(ageDecryptor, build);

    assertThatThrownBy(() -> files.decryptInPlace(Path.of("../outside.env"), SopsFormat.DOTENV))
        .hasMessageContaining("outside the build directory");
    assertThatThrownBy(() -> files.decryptInPlace(Path.of("link.env"), SopsFormat.DOTENV))
        .hasMessageContaining("outside the build directory");
    assertThat(parent.resolve("outside.env")).binaryContent().isEqualTo(read("envs/env.env"));
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path source : (Iterable<Path>) paths::iterator) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target);
        }
      }
    }
  }
}
