package io.fluxjava.apply.health;

import io.fluxjava.api.meta.CustomHealthCheck;
import io.fluxjava.apply.ObjectId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Chooses how to judge an object: the custom CEL health check configured for its group and kind,
 * else kstatus.
 */
public final class StatusReader {

  private record GroupKind(String group, String kind) {}

  private final Map<GroupKind, CelStatusEvaluator> custom;

  /**
   * @throws IllegalArgumentException when an expression does not parse
   */
  public StatusReader(List<CustomHealthCheck> checks) {
    this.custom =
        checks.stream()
            .collect(
                Collectors.toUnmodifiableMap(
                    c -> new GroupKind(ObjectId.groupOf(c.getApiVersion()), c.getKind()),
                    CelStatusEvaluator::new));
  }

  /** kstatus only. */
  public static StatusReader kstatus() {
    return new StatusReader(List.of());
  }

  public StatusResult read(Map<String, Object> object) {
    String apiVersion = String.valueOf(object.getOrDefault("apiVersion", ""));
    String kind = String.valueOf(object.getOrDefault("kind", ""));
    CelStatusEvaluator evaluator = custom.get(new GroupKind(ObjectId.groupOf(apiVersion), kind));
    return evaluator == null ? KStatus.compute(object) : evaluator.evaluate(object);
  }
}
