package io.fluxjava.apply.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fluxjava.api.meta.CustomHealthCheck;
import io.fluxjava.apply.Manifests;
import java.util.List;
import org.junit.jupiter.api.Test;

class CelStatusEvaluatorTest {

  private static final String SEALED_SECRET =
      """
      apiVersion: bitnami.com/v1alpha1
      kind: SealedSecret
      metadata: {name: s, generation: 2}
      status:
        observedGeneration: %d
        conditions: [{type: Synced, status: "%s"}]
      """;

  private static final String REPLICAS =
      """
      apiVersion: bitnami.com/v1alpha1
      kind: SealedSecret
      metadata: {name: s, generation: 1}
      status: {observedGeneration: 1, readyReplicas: %d}
      """;

  private static CustomHealthCheck check(String current, String inProgress, String failed) {
    CustomHealthCheck check = new CustomHealthCheck();
    check.setApiVersion("bitnami.com/v1alpha1");
    check.setKind("SealedSecret");
    check.setCurrent(current);
    check.setInProgress(inProgress);
    check.setFailed(failed);
    return check;
  }

  private static final CustomHealthCheck SYNCED =
      check(
          "status.conditions.filter(e, e.type == 'Synced').all(e, e.status == 'True')",
          null,
          "status.conditions.filter(e, e.type == 'Synced').all(e, e.status == 'False')");

  @Test
  void expressionsDecideTheStatus() {
    CelStatusEvaluator evaluator = new CelStatusEvaluator(SYNCED);

    assertThat(evaluator.evaluate(Manifests.map(SEALED_SECRET.formatted(2, "True"))).status())
        .isEqualTo(HealthStatus.CURRENT);
    assertThat(evaluator.evaluate(Manifests.map(SEALED_SECRET.formatted(2, "False"))).status())
        .isEqualTo(HealthStatus.FAILED);
    assertThat(evaluator.evaluate(Manifests.map(SEALED_SECRET.formatted(2, "Unknown"))).status())
        .isEqualTo(HealthStatus.IN_PROGRESS);
  }

  @Test
  void numbersInTheObjectCompareWithNumberLiterals() {
    CelStatusEvaluator evaluator =
        new CelStatusEvaluator(
            check("status.readyReplicas >= 2", "status.readyReplicas < 2", null));

    assertThat(evaluator.evaluate(Manifests.map(REPLICAS.formatted(3))).status())
        .isEqualTo(HealthStatus.CURRENT);
    assertThat(evaluator.evaluate(Manifests.map(REPLICAS.formatted(1))).status())
        .isEqualTo(HealthStatus.IN_PROGRESS);
  }

  @Test
  void unobservedGenerationIsInProgressWhateverTheExpressionsSay() {
    assertThat(
            new CelStatusEvaluator(SYNCED)
                .evaluate(Manifests.map(SEALED_SECRET.formatted(1, "True")))
                .status())
        .isEqualTo(HealthStatus.IN_PROGRESS);
  }

  @Test
  void inProgressIsEvaluatedBeforeFailedAndCurrent() {
    CelStatusEvaluator evaluator = new CelStatusEvaluator(check("true", "true", "true"));

    assertThat(evaluator.evaluate(Manifests.map(SEALED_SECRET.formatted(2, "True"))).status())
        .isEqualTo(HealthStatus.IN_PROGRESS);
  }

  @Test
  void statusReaderUsesTheExpressionsOnlyForTheirKind() {
    StatusReader reader = new StatusReader(List.of(check("false", null, null)));

    assertThat(reader.read(Manifests.map(SEALED_SECRET.formatted(2, "True"))).status())
        .isEqualTo(HealthStatus.IN_PROGRESS);
    assertThat(reader.read(Manifests.map("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n")))
        .isEqualTo(StatusResult.current("Resource is always ready"));
  }

  @Test
  void upstreamExtensionsAreAvailable() {
    CelStatusEvaluator evaluator =
        new CelStatusEvaluator(
            check(
                "metadata.name.upperAscii() == 'S'"
                    + " && sets.contains(['Synced', 'Ready'], [status.conditions[0].type])"
                    + " && status.?phase.orValue('none') == 'none'"
                    + " && base64.encode(b'ok') == 'b2s='"
                    + " && status.observedGeneration == 2.0",
                null,
                null));

    assertThat(evaluator.evaluate(Manifests.map(SEALED_SECRET.formatted(2, "True"))).status())
        .isEqualTo(HealthStatus.CURRENT);
  }

  @Test
  void refusesMissingCurrentAndSyntaxErrors() {
    assertThatThrownBy(() -> new CelStatusEvaluator(check("", null, null)))
        .hasMessage("expression Current not specified");
    assertThatThrownBy(() -> new CelStatusEvaluator(check("status.(", null, null)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("failed to parse the CEL expression 'status.('");
  }
}
