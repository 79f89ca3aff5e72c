package io.fluxjava.apply.health;

import io.fluxjava.apply.ObjectId;
import java.util.Map;
import java.util.Optional;

/**
 * Computes an object's status with kstatus's rules: deletion, observed generation, the standard
 * Reconciling/Stalled conditions, then the kind's own rules for built-in kinds, then the Ready
 * condition most custom resources expose.
 */
public final class KStatus {

  private static final String RECONCILING = "Reconciling";
  private static final String STALLED = "Stalled";
  private static final String READY = "Ready";
  private static final String TRUE = "True";

  private KStatus() {}

  /** The status of an object given as maps (the full object, status included). */
  public static StatusResult compute(Map<String, Object> object) {
    ObjectFields fields = new ObjectFields(object);
    return generic(fields)
        .or(
            () ->
                BuiltInStatusRules.forKind(group(fields), kind(fields))
                    .map(rule -> rule.apply(fields)))
        .or(() -> readyCondition(fields))
        .orElse(StatusResult.current("Resource is current"));
  }

  /** Deletion and generation checks shared with custom health checks. */
  static Optional<StatusResult> deletionOrGeneration(ObjectFields fields) {
    if (!fields.string("", "metadata", "deletionTimestamp").isEmpty()) {
      return Optional.of(
          new StatusResult(HealthStatus.TERMINATING, "Resource scheduled for deletion"));
    }
    Optional<Long> generation = fields.number("metadata", "generation");
    Optional<Long> observed = fields.number("status", "observedGeneration");
    if (generation.isPresent() && observed.isPresent() && !generation.equals(observed)) {
      return Optional.of(
          StatusResult.inProgress(
              "%s generation is %d, but latest observed generation is %d"
                  .formatted(kind(fields), generation.get(), observed.get())));
    }
    return Optional.empty();
  }

  private static Optional<StatusResult> generic(ObjectFields fields) {
    return deletionOrGeneration(fields)
        .or(
            () ->
                fields
                    .condition(RECONCILING)
                    .filter(c -> TRUE.equals(c.get("status")))
                    .map(c -> StatusResult.inProgress(ObjectFields.text(c, "message"))))
        .or(
            () ->
                fields
                    .condition(STALLED)
                    .filter(c -> TRUE.equals(c.get("status")))
                    .map(c -> StatusResult.failed(ObjectFields.text(c, "message"))));
  }

  private static Optional<StatusResult> readyCondition(ObjectFields fields) {
    return fields
        .condition(READY)
        .map(
            c ->
                TRUE.equals(c.get("status"))
                    ? StatusResult.current("Resource is Ready")
                    : StatusResult.inProgress(ObjectFields.text(c, "message")));
  }

  private static String kind(ObjectFields fields) {
    return fields.string("", "kind");
  }

  private static String group(ObjectFields fields) {
    return ObjectId.groupOf(fields.string("", "apiVersion"));
  }
}
