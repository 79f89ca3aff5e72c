package io.fluxjava.kustomize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.fluxjava.kustomize.cli.KustomizeCli;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The command line prints the build to stdout, or the error to stderr with exit code 1. */
class KustomizeCliTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @Test
  void buildPrintsWhatKubectlPrints() {
    assumeTrue(Kubectl.available(), Kubectl.SKIP_MESSAGE);
    Path dir = DifferentialCasesTest.CASES.resolve("overlay-full-stack");

    int exit = run("build", dir.toString());

    assertThat(exit).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(Kubectl.kustomize(dir).stdout());
    assertThat(err.size()).isZero();
  }

  @Test
  void failedBuildExitsWithOneAndExplainsOnStderr() {
    int exit = run("build", DifferentialCasesTest.CASES.resolve("error-cycle").toString());

    assertThat(exit).isEqualTo(1);
    assertThat(out.size()).isZero();
    assertThat(err.toString(StandardCharsets.UTF_8))
        .startsWith("Error: ")
        .contains("cycle detected");
  }

  @Test
  void unknownCommandPrintsUsage() {
    assertThat(run("apply", ".")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: KustomizeCli build DIR");
  }

  private int run(String... args) {
    return KustomizeCli.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }
}
