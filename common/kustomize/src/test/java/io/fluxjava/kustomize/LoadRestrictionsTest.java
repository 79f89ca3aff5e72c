package io.fluxjava.kustomize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

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
}
