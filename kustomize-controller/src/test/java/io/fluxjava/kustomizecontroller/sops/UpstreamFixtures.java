package io.fluxjava.kustomizecontroller.sops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** Upstream kustomize-controller's SOPS end-to-end fixtures, copied into the test resources. */
final class UpstreamFixtures {

  static final Path ROOT = Path.of("src/test/resources/sops/kustomize-controller");

  private UpstreamFixtures() {}

  static byte[] read(String relativePath) {
    try {
      return Files.readAllBytes(ROOT.resolve(relativePath));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A decryption Secret's data with one entry holding the named key file. */
  static Map<String, byte[]> secretData(String entryName, String keyFile) {
    return Map.of(entryName, read("keys/" + keyFile));
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> yamlObject(String relativePath) {
    return (Map<String, Object>)
        new Load(LoadSettings.builder().build())
            .loadFromString(new String(read(relativePath), StandardCharsets.UTF_8));
  }
}
