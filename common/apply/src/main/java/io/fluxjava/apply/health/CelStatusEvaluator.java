package io.fluxjava.apply.health;

import io.fluxjava.api.meta.CustomHealthCheck;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Judges an object with a {@code healthCheckExprs} entry, in upstream's order (RFC 0009): an
 * unobserved generation is InProgress; then the inProgress, failed and current expressions, first
 * true wins; none true is InProgress.
 */
public final class CelStatusEvaluator {

  private record Rule(HealthStatus status, String label, CelExpression expression) {}

  private final List<Rule> rules;

  /**
   * @throws IllegalArgumentException when {@code current} is missing or an expression does not
   *     parse
   */
  public CelStatusEvaluator(CustomHealthCheck check) {
    if (check.getCurrent() == null || check.getCurrent().isBlank()) {
      throw new IllegalArgumentException("expression Current not specified");
    }
    this.rules =
        Stream.of(
                rule(HealthStatus.IN_PROGRESS, "inProgress", check.getInProgress()),
                rule(HealthStatus.FAILED, "failed", check.getFailed()),
                rule(HealthStatus.CURRENT, "current", check.getCurrent()))
            .flatMap(Optional::stream)
            .toList();
  }

  public StatusResult evaluate(Map<String, Object> object) {
    ObjectFields fields = new ObjectFields(object);
    Optional<StatusResult> generic = KStatus.deletionOrGeneration(fields);
    if (generic.isPresent()) {
      return generic.get();
    }
    for (Rule rule : rules) {
      if (rule.expression().evaluate(object)) {
        return new StatusResult(rule.status(), "'" + rule.label() + "' expression is true");
      }
    }
    return StatusResult.inProgress("no health check expression is true");
  }

  private static Optional<Rule> rule(HealthStatus status, String label, String expression) {
    return expression == null || expression.isBlank()
        ? Optional.empty()
        : Optional.of(new Rule(status, label, new CelExpression(expression)));
  }
}
