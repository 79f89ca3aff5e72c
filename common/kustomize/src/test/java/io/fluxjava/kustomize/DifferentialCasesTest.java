package io.fluxjava.kustomize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Builds every case under {@code src/test/resources/cases} with our engine and with {@code kubectl
 * kustomize}, and requires byte-identical YAML. A case with {@code expected-error.txt} must fail in
 * both, and our message must contain that file's text.
 */
class DifferentialCasesTest {

  static final Path CASES = Path.of("src/test/resources/cases");
  private static final String EXPECTED_ERROR = "expected-error.txt";

  @TestFactory
  Stream<DynamicTest> everyCaseMatchesKubectl() throws IOException {
    List<Path> cases;
    try (Stream<Path> dirs = Files.list(CASES)) {
      cases = dirs.filter(Files::isDirectory).sorted().toList();
    }
    assertThat(cases).hasSizeGreaterThanOrEqualTo(150);
    return cases.stream()
        .map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> check(dir)));
  }

  private static void check(Path dir) throws IOException {
    assumeTrue(Kubectl.available(), Kubectl.SKIP_MESSAGE);
    Kubectl.Result reference = Kubectl.kustomize(dir);
    KustomizeBuilder builder = new KustomizeBuilder(KustomizeOptions.defaults());
    Path expectedError = dir.resolve(EXPECTED_ERROR);
    if (Files.exists(expectedError)) {
      assertThat(reference.exitCode()).as("kubectl must reject " + dir).isNotZero();
      assertThatThrownBy(() -> builder.build(dir))
          .isInstanceOf(KustomizeException.class)
          .hasMessageContaining(Files.readString(expectedError).trim());
      return;
    }
    assertThat(reference.exitCode()).as(reference.stderr()).isZero();
    assertThat(builder.buildYaml(dir)).isEqualTo(reference.stdout());
  }
}
