package io.fluxjava.api.crd;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The CRDs committed to helm-chart/crds are exactly what the model generates. */
class CommittedCrdsTest {

  private static final String HOW_TO_FIX =
      "helm-chart/crds is out of date with the model in common/api; regenerate it with:"
          + " mvn -B -pl common/api process-test-classes -Pupdate-crds";

  private final Path generated = Path.of(System.getProperty("crds.generated"));
  private final Path committed = Path.of(System.getProperty("crds.committed"));

  @Test
  void committedCrdsAreTheGeneratedOnes() throws IOException {
    assertThat(fileNames(committed)).as(HOW_TO_FIX).isEqualTo(fileNames(generated));
    for (String name : fileNames(generated)) {
      assertThat(read(committed.resolve(name)))
          .as(HOW_TO_FIX + " (" + name + " differs)")
          .isEqualTo(read(generated.resolve(name)));
    }
  }

  private static JsonNode read(Path file) throws IOException {
    return CrdFinisher.YAML.readTree(file.toFile());
  }

  private static java.util.List<String> fileNames(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }
}
