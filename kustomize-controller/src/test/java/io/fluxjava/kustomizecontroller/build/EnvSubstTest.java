package io.fluxjava.kustomizecontroller.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Flux's bash-style variable expansion. */
class EnvSubstTest {

  private final EnvSubst strict =
      new EnvSubst(Map.of("cluster", "prod-eu", "empty", "", "region", "eu-west-1"), true);

  @Test
  void expandsBracedVariablesOnly() {
    assertThat(strict.expand("name: ${cluster}-app, raw: $cluster"))
        .isEqualTo("name: prod-eu-app, raw: $cluster");
  }

  @Test
  void doubleDollarIsAnEscapeForALiteralExpression() {
    assertThat(strict.expand("grafana: $${instance} and $$5"))
        .isEqualTo("grafana: ${instance} and $5");
  }

  @Test
  void defaultsApplyToUnsetAndWithColonToEmptyVariables() {
    assertThat(strict.expand("${missing:=fallback}")).isEqualTo("fallback");
    assertThat(strict.expand("${missing:-fallback}")).isEqualTo("fallback");
    assertThat(strict.expand("${missing-fallback}")).isEqualTo("fallback");
    assertThat(strict.expand("${empty:-fallback}")).isEqualTo("fallback");
    assertThat(strict.expand("${empty-fallback}")).isEqualTo("");
    assertThat(strict.expand("${cluster:=fallback}")).isEqualTo("prod-eu");
    assertThat(strict.expand("${missing:=${region}}")).isEqualTo("eu-west-1");
  }

  @Test
  void strictModeRefusesAnUnsetVariableWithoutDefault() {
    assertThatThrownBy(() -> strict.expand("replicas: ${REPLICAS}"))
        .hasMessage("variable not set (strict mode): \"REPLICAS\"");
  }

  @Test
  void lenientModeExpandsUnsetVariablesToEmpty() {
    assertThat(new EnvSubst(Map.of(), false).expand("a${missing}b")).isEqualTo("ab");
  }

  @Test
  void stringOperationsWorkAsInBash() {
    assertThat(strict.expand("${#cluster}")).isEqualTo("7");
    assertThat(strict.expand("${cluster^^}")).isEqualTo("PROD-EU");
    assertThat(strict.expand("${cluster^}")).isEqualTo("Prod-eu");
    assertThat(strict.expand("${region:3}")).isEqualTo("west-1");
    assertThat(strict.expand("${region:3:4}")).isEqualTo("west");
    assertThat(strict.expand("${region#*-}")).isEqualTo("west-1");
    assertThat(strict.expand("${region##*-}")).isEqualTo("1");
    assertThat(strict.expand("${region%-*}")).isEqualTo("eu-west");
    assertThat(strict.expand("${region%%-*}")).isEqualTo("eu");
    assertThat(strict.expand("${region/-/_}")).isEqualTo("eu_west-1");
    assertThat(strict.expand("${region//-/_}")).isEqualTo("eu_west_1");
    assertThat(strict.expand("${region/#eu/us}")).isEqualTo("us-west-1");
    assertThat(strict.expand("${region/%1/2}")).isEqualTo("eu-west-2");
  }

  @Test
  void unclosedExpressionIsAnError() {
    assertThatThrownBy(() -> strict.expand("value: ${cluster"))
        .hasMessageContaining("missing closing brace");
  }
}
