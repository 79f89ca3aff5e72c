package io.fluxjava.kustomizecontroller.dependency;

import dev.cel.bundle.Cel;
import dev.cel.bundle.CelFactory;
import dev.cel.common.CelValidationException;
import dev.cel.common.types.SimpleType;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import io.fluxjava.apply.cel.CelValues;
import java.util.Map;

/**
 * A {@code dependsOn[].readyExpr}: a boolean CEL expression over {@code self} (the dependent
 * Kustomization) and {@code dep} (the dependency), both as plain JSON objects.
 */
public final class ReadyExpression {

  private static final Cel CEL =
      CelFactory.standardCelBuilder()
          .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
          .addVar("self", SimpleType.DYN)
          .addVar("dep", SimpleType.DYN)
          .build();

  private final String expression;
  private final CelRuntime.Program program;

  /**
   * @throws IllegalArgumentException when the expression does not compile
   */
  public ReadyExpression(String expression) {
    this.expression = expression;
    try {
      this.program = CEL.createProgram(CEL.compile(expression).getAst());
    } catch (CelValidationException | CelEvaluationException e) {
      throw new IllegalArgumentException(
          "failed to parse CEL expression '" + expression + "': " + e.getMessage(), e);
    }
  }

  /**
   * Whether the dependency counts as ready.
   *
   * @throws IllegalStateException when evaluation fails or does not give a boolean
   */
  public boolean isReady(Map<String, Object> self, Map<String, Object> dep) {
    try {
      Object result = program.eval(Map.of("self", CelValues.of(self), "dep", CelValues.of(dep)));
      if (result instanceof Boolean ready) {
        return ready;
      }
      throw new IllegalStateException(
          "CEL expression '" + expression + "' did not evaluate to a boolean");
    } catch (CelEvaluationException e) {
      throw new IllegalStateException(
          "failed to evaluate CEL expression '" + expression + "': " + e.getMessage(), e);
    }
  }
}
