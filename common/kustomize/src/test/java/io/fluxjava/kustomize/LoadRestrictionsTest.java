package io.fluxjava.kustomize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files outside the kustomization root: refused by default like kubectl, accepted with {@code
 * LoadRestrictionsNone} (how Flux's kustomize-controller builds) with kubectl's output.
 */
class LoadRestrictionsTest {

  private static final Path OUTSIDE_ROOT =
      DifferentialCasesTest.CASES.resolve("error-file-outside-root");

  @Test
  void rootOnlyRefusesAFileAboveTheKustomization() {
    assertThatThrownBy(() -> new KustomizeBuilder(KustomizeOptions.defaults()).build(OUTSIDE_ROOT))
        .isInstanceOf(KustomizeException.class)
        .hasMessageContaining("is not in or below");
  }

  @Test
  void noRestrictionsLoadsItAsKubectlDoes() {
    assumeTrue(Kubectl.available(), Kubectl.SKIP_MESSAGE);
    Kubectl.Result reference =
        Kubectl.kustomize(OUTSIDE_ROOT, "--load-restrictor", "LoadRestrictionsNone");
    KustomizeOptions none =
        KustomizeOptions.defaults().withLoadRestrictions(KustomizeOptions.LoadRestrictions.NONE);

    assertThat(reference.exitCode()).as(reference.stderr()).isZero();
    assertThat(new KustomizeBuilder(none).buildYaml(OUTSIDE_ROOT)).isEqualTo(reference.stdout());
  }

  @Test
  void noRestrictionsStillNeverReadsOutsideTheBoundary() {
    KustomizeOptions confined =
        KustomizeOptions.defaults()
            .withLoadRestrictions(KustomizeOptions.LoadRestrictions.NONE)
            .confinedTo(OUTSIDE_ROOT.resolve("base"));

    assertThatThrownBy(() -> new KustomizeBuilder(confined).build(OUTSIDE_ROOT.resolve("base")))
        .isInstanceOf(KustomizeException.class)
        .hasMessageContaining("security; path '../outside.txt' is not in or below");
    assertThat(
            new KustomizeBuilder(confined.confinedTo(OUTSIDE_ROOT))
                .build(OUTSIDE_ROOT.resolve("base")))
        .hasSize(1);
  }

  @Test
  void aResourceDirectoryOutsideTheBoundaryIsRefused(@TempDir Path tmp) throws IOException {
    Path root = Files.createDirectories(tmp.resolve("root"));
    Path other = Files.createDirectories(tmp.resolve("other"));
    Files.writeString(root.resolve("kustomization.yaml"), "resources:\n- ../other\n");
    Files.writeString(
        other.resolve("kustomization.yaml"), "configMapGenerator:\n- name: x\n  literals: [a=b]\n");
    KustomizeOptions none =
        KustomizeOptions.defaults().withLoadRestrictions(KustomizeOptions.LoadRestrictions.NONE);

    assertThat(new KustomizeBuilder(none).build(root)).hasSize(1);
    assertThatThrownBy(() -> new KustomizeBuilder(none.confinedTo(root)).build(root))
        .isInstanceOf(KustomizeException.class)
        .hasMessageContaining("security; path '../other' is not in or below");
  }
}
