package io.fluxjava.runtime.conditions;

import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.api.model.ConditionBuilder;
import io.fluxjava.api.ConditionTypes;
import io.fluxjava.api.source.SourceConditionTypes;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The status conditions of one object, kept kstatus-compliant: every set condition carries the
 * object's generation, {@code lastTransitionTime} moves only when status, reason or message change,
 * and negative-polarity types exist only while True.
 */
public final class Conditions {

  /** Types that are abnormal when True: present only while True, removed instead of set False. */
  public static final Set<String> NEGATIVE_POLARITY =
      Set.of(
          ConditionTypes.RECONCILING,
          ConditionTypes.STALLED,
          SourceConditionTypes.FETCH_FAILED,
          SourceConditionTypes.BUILD_FAILED,
          SourceConditionTypes.STORAGE_OPERATION_FAILED,
          SourceConditionTypes.INCLUDE_UNAVAILABLE,
          SourceConditionTypes.ARTIFACT_OUTDATED);

  /** Upstream truncates condition messages to this length. */
  public static final int MAX_MESSAGE_LENGTH = 32768;

  private static final List<String> LEADING_TYPES =
      List.of(ConditionTypes.STALLED, ConditionTypes.RECONCILING, ConditionTypes.READY);

  private final List<Condition> conditions;
  private final long generation;
  private final Clock clock;

  private Conditions(List<Condition> conditions, long generation, Clock clock) {
    this.conditions = conditions;
    this.generation = generation;
    this.clock = clock;
  }

  /** Conditions starting from {@code existing} (copied) of an object at {@code generation}. */
  public static Conditions of(List<Condition> existing, long generation, Clock clock) {
    List<Condition> copy = new ArrayList<>();
    if (existing != null) {
      existing.forEach(c -> copy.add(new ConditionBuilder(c).build()));
    }
    return new Conditions(copy, generation, clock);
  }

  /** Sets {@code type} to True. */
  public Conditions markTrue(String type, String reason, String message) {
    return set(type, "True", reason, message);
  }

  /** Sets {@code type} to False, or removes it when it is a negative-polarity type. */
  public Conditions markFalse(String type, String reason, String message) {
    return set(type, "False", reason, message);
  }

  /** Sets {@code type} to Unknown, or removes it when it is a negative-polarity type. */
  public Conditions markUnknown(String type, String reason, String message) {
    return set(type, "Unknown", reason, message);
  }

  /** Removes {@code type}. */
  public Conditions delete(String type) {
    conditions.removeIf(c -> type.equals(c.getType()));
    return this;
  }

  /** The condition of {@code type}, if present. */
  public Optional<Condition> get(String type) {
    return conditions.stream().filter(c -> type.equals(c.getType())).findFirst();
  }

  /** Whether {@code type} is present with status True. */
  public boolean isTrue(String type) {
    return get(type).map(c -> "True".equals(c.getStatus())).orElse(false);
  }

  /** Whether {@code type} is present with status False. */
  public boolean isFalse(String type) {
    return get(type).map(c -> "False".equals(c.getStatus())).orElse(false);
  }

  /** Copies of all conditions in upstream's order: Stalled, Reconciling, Ready, then the rest. */
  public List<Condition> list() {
    List<Condition> sorted = new ArrayList<>();
    conditions.forEach(c -> sorted.add(new ConditionBuilder(c).build()));
    sorted.sort(ORDER);
    return sorted;
  }

  private Conditions set(String type, String status, String reason, String message) {
    Objects.requireNonNull(reason, "reason");
    if (NEGATIVE_POLARITY.contains(type) && !"True".equals(status)) {
      return delete(type);
    }
    String truncated = truncate(message == null ? "" : message);
    Optional<Condition> existing = get(type);
    boolean transition =
        existing
            .map(
                c ->
                    !status.equals(c.getStatus())
                        || !reason.equals(c.getReason())
                        || !truncated.equals(c.getMessage()))
            .orElse(true);
    String transitionTime =
        transition
            ? Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString()
            : existing.get().getLastTransitionTime();
    delete(type);
    conditions.add(
        new ConditionBuilder()
            .withType(type)
            .withStatus(status)
            .withObservedGeneration(generation)
            .withLastTransitionTime(transitionTime)
            .withReason(reason)
            .withMessage(truncated)
            .build());
    return this;
  }

  private static String truncate(String message) {
    return message.length() <= MAX_MESSAGE_LENGTH
        ? message
        : message.substring(0, MAX_MESSAGE_LENGTH - 3) + "...";
  }

  private static int leadingRank(Condition c) {
    int index = LEADING_TYPES.indexOf(c.getType());
    return index < 0 ? LEADING_TYPES.size() : index;
  }

  private static final Comparator<Condition> ORDER =
      Comparator.comparingInt(Conditions::leadingRank)
          .thenComparing(
              c -> c.getObservedGeneration() == null ? 0L : c.getObservedGeneration(),
              Comparator.reverseOrder())
          .thenComparing(Condition::getType);
}
