package io.fluxjava.kustomizecontroller.sops;

import static io.fluxjava.kustomizecontroller.sops.UpstreamFixtures.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Upstream's whole fixture tree, the way the controller will treat it: generator and patch inputs
 * decrypted in a private copy, {@code kubectl kustomize} (the reference kustomize) builds it, then
 * every object is decrypted and checked for leftovers. Asserts the plaintext of every object.
 */
class UpstreamFixtureTreeBuildTest {

  private static final String VALUE_BASE64 = base64("value");

  @Test
  void everyObjectOfTheBuiltTreeIsFullyDecrypted(@TempDir Path build) throws Exception {
    assumeTrue(
        Commands.isOnPath("kubectl"),
        "kubectl (with its built-in kustomize) is not installed; skipping the tree build");
    copyTreeWithoutKeys(build);
    SopsDecryptor decryptor =
        new SopsDecryptor(
            SopsKeyring.fromSecretData(
                Map.of(
                    "age.agekey", read("keys/age.txt"),
                    "pq.agekey", read("keys/age-pq.txt"),
                    "pgp.asc", read("keys/pgp.asc"))));

    new SopsSourceDecryptor(decryptor, build).decryptSources(Path.of("."));
    Map<String, Map<String, Object>> objects = new LinkedHashMap<>();
    for (Map<String, Object> built : kustomizeBuild(build)) {
      Map<String, Object> object = new SopsResourceDecryptor(decryptor).decrypt(built);
      SopsResidueCheck.verify(object);
      objects.put(
          object.get("kind") + "/" + ((Map<?, ?>) object.get("metadata")).get("name"), object);
    }

    assertThat(objects)
        .containsOnlyKeys(
            "ConfigMap/sops-envs-configmap",
            "ConfigMap/sops-files-configmap",
            "Secret/sops-algo-age",
            "Secret/sops-algo-age-pq",
            "Secret/sops-algo-pgp",
            "Secret/sops-component",
            "Secret/sops-envs-secret",
            "Secret/sops-files-secret",
            "Secret/sops-inside-secret",
            "Secret/sops-patches-secret");
    assertThat(objects.get("ConfigMap/sops-envs-configmap").get("data"))
        .isEqualTo(Map.of("key", "value"));
    assertThat(objects.get("ConfigMap/sops-files-configmap").get("data"))
        .isEqualTo(Map.of("key", "value"));
    for (String algorithm : List.of("age", "age-pq", "pgp")) {
      assertThat(objects.get("Secret/sops-algo-" + algorithm))
          .doesNotContainKey("sops")
          .containsEntry("stringData", Map.of("key", "value"));
    }
    for (String generated : List.of("component", "envs-secret", "files-secret", "inside-secret")) {
      assertThat(objects.get("Secret/sops-" + generated).get("data"))
          .isEqualTo(Map.of("key", VALUE_BASE64));
    }
    assertThat(objects.get("Secret/sops-patches-secret"))
        .doesNotContainKey("sops")
        .containsEntry("data", Map.of("key", VALUE_BASE64))
        .containsEntry("stringData", Map.of("key", "merge1", "merge2", "merge2"));
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> kustomizeBuild(Path dir) throws Exception {
    Process process =
        new ProcessBuilder("kubectl", "kustomize", dir.toString())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isZero();
    return Stream.of(new Load(LoadSettings.builder().build()).loadAllFromString(output))
        .flatMap(documents -> StreamSupport.stream(documents.spliterator(), false))
        .map(document -> (Map<String, Object>) document)
        .toList();
  }

  private static void copyTreeWithoutKeys(Path target) throws IOException {
    Path from = UpstreamFixtures.ROOT;
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path source : (Iterable<Path>) paths::iterator) {
        Path relative = from.relativize(source);
        if (relative.startsWith("keys") || relative.startsWith("global")) {
          continue;
        }
        Path copy = target.resolve(relative.toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(copy);
        } else {
          Files.copy(source, copy);
        }
      }
    }
  }

  private static String base64(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }
}
