package io.fluxjava.apply.health;

import dev.cel.bundle.Cel;
import dev.cel.bundle.CelFactory;
import dev.cel.common.CelOptions;
import dev.cel.common.CelValidationException;
import dev.cel.common.types.SimpleType;
import dev.cel.extensions.CelExtensions;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import io.fluxjava.apply.cel.CelValues;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A boolean CEL expression over an object's top-level fields ({@code status}, {@code metadata}, …).
 * Upstream evaluates without declarations; CEL-Java needs checked expressions, so each field the
 * object has is declared as a dynamic variable, compiled once per set of fields.
 */
final class CelExpression {

  private final String expression;
  private final Map<Set<String>, CelRuntime.Program> programs = new ConcurrentHashMap<>();

  /**
   * @throws IllegalArgumentException when the expression does not parse
   */
  CelExpression(String expression) {
    this.expression = expression;
    try {
      // Parsing alone catches syntax errors when the health check is configured, not when polled.
      celFor(Set.of()).parse(expression).getAst();
    } catch (CelValidationException e) {
      throw new IllegalArgumentException(
          "failed to parse the CEL expression '%s': %s".formatted(expression, e.getMessage()), e);
    }
  }

  /**
   * @throws IllegalStateException when the expression does not evaluate to a boolean
   */
  boolean evaluate(Map<String, Object> object) {
    try {
      @SuppressWarnings("unchecked")
      Map<String, Object> values = (Map<String, Object>) CelValues.of(object);
      Object result =
          programs.computeIfAbsent(Set.copyOf(object.keySet()), this::compile).eval(values);
      if (result instanceof Boolean value) {
        return value;
      }
      throw new IllegalStateException(
          "failed to evaluate CEL expression as boolean: '%s'".formatted(expression));
    } catch (CelEvaluationException e) {
      throw new IllegalStateException(
          "failed to evaluate the CEL expression '%s': %s".formatted(expression, e.getMessage()),
          e);
    }
  }

  private CelRuntime.Program compile(Set<String> fields) {
    Cel cel = celFor(fields);
    try {
      return cel.createProgram(cel.compile(expression).getAst());
    } catch (CelValidationException | CelEvaluationException e) {
      throw new IllegalStateException(
          "failed to evaluate the CEL expression '%s': %s".formatted(expression, e.getMessage()),
          e);
    }
  }

  /** The environment upstream evaluates in, plus one dynamic variable per top-level field. */
  private static Cel celFor(Set<String> fields) {
    CelOptions options =
        CelOptions.current()
            .enableHeterogeneousNumericComparisons(true)
            .enableOptionalSyntax(true)
            .build();
    var builder =
        CelFactory.standardCelBuilder()
            .setOptions(options)
            .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
            .addCompilerLibraries(
                CelExtensions.optional(),
                CelExtensions.strings(),
                CelExtensions.sets(options),
                CelExtensions.encoders(options))
            .addRuntimeLibraries(
                CelExtensions.optional(),
                CelExtensions.strings(),
                CelExtensions.sets(options),
                CelExtensions.encoders(options));
    fields.forEach(field -> builder.addVar(field, SimpleType.DYN));
    return builder.build();
  }
}
