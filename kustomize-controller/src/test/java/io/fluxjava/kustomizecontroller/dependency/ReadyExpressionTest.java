package io.fluxjava.kustomizecontroller.dependency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code readyExpr} over {@code self} and {@code dep} as the API server returns them. */
class ReadyExpressionTest {

  private static final Map<String, Object> DEP =
      Map.of(
          "metadata",
          Map.of("name", "infra", "generation", 2),
          "status",
          Map.of(
              "observedGeneration",
              2,
              "conditions",
              List.of(Map.of("type", "Ready", "status", "True"))));
  private static final Map<String, Object> SELF = Map.of("metadata", Map.of("name", "apps"));

  @Test
  void comparesNumbersAndWalksConditions() {
    assertThat(
            new ReadyExpression(
                    "dep.metadata.generation == dep.status.observedGeneration"
                        + " && dep.status.conditions.exists(c, c.type == 'Ready' && c.status == 'True')")
                .isReady(SELF, DEP))
        .isTrue();
    assertThat(new ReadyExpression("dep.status.observedGeneration > 2").isReady(SELF, DEP))
        .isFalse();
    assertThat(new ReadyExpression("self.metadata.name == 'apps'").isReady(SELF, DEP)).isTrue();
  }

  @Test
  void syntaxErrorsAreReportedWhenTheExpressionIsRead() {
    assertThatThrownBy(() -> new ReadyExpression("dep.status =="))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("failed to parse CEL expression 'dep.status =='");
  }

  @Test
  void aNonBooleanResultIsAnError() {
    assertThatThrownBy(() -> new ReadyExpression("dep.metadata.name").isReady(SELF, DEP))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("did not evaluate to a boolean");
  }
}
