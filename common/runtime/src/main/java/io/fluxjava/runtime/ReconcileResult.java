package io.fluxjava.runtime;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** What a reconcile decided: how it ended, and when the object should be looked at again. */
public final class ReconcileResult {

  /** How a reconcile ended. */
  public enum Outcome {
    /** The object is in its desired state; requeue after {@code spec.interval}. */
    SUCCESS,
    /** Not done yet for an expected reason (for example a dependency not ready); no backoff. */
    REQUEUE,
    /** A failure worth retrying: {@code spec.retryInterval} or exponential backoff. */
    FAILURE,
    /** A failure no retry can fix until the object changes: {@code Stalled=True}, no requeue. */
    STALLED
  }

  private final Outcome outcome;
  private final Duration requeueAfter;
  private final String reason;
  private final String message;
  private final boolean keepsReady;

  private ReconcileResult(
      Outcome outcome, Duration requeueAfter, String reason, String message, boolean keepsReady) {
    this.outcome = outcome;
    this.requeueAfter = requeueAfter;
    this.reason = reason;
    this.message = message;
    this.keepsReady = keepsReady;
  }

  private ReconcileResult(Outcome outcome, Duration requeueAfter, String reason, String message) {
    this(outcome, requeueAfter, reason, message, false);
  }

  /** Success: requeue after the object's {@code spec.interval} (jittered). */
  public static ReconcileResult success() {
    return new ReconcileResult(Outcome.SUCCESS, null, null, null);
  }

  /** Success, with an explicit delay instead of {@code spec.interval}. */
  public static ReconcileResult successRequeueAfter(Duration after) {
    return new ReconcileResult(Outcome.SUCCESS, Objects.requireNonNull(after), null, null);
  }

  /** Not finished, look again after {@code after}, without counting it as a failure. */
  public static ReconcileResult requeueAfter(Duration after) {
    return new ReconcileResult(Outcome.REQUEUE, Objects.requireNonNull(after), null, null);
  }

  /** Failure: the runtime marks {@code Ready=False} with this reason and message, then retries. */
  public static ReconcileResult failure(String reason, String message) {
    return new ReconcileResult(
        Outcome.FAILURE, null, Objects.requireNonNull(reason), Objects.requireNonNull(message));
  }

  /**
   * Terminal failure: {@code Stalled=True} and {@code Ready=False} with this reason and message.
   */
  public static ReconcileResult stalled(String reason, String message) {
    return new ReconcileResult(
        Outcome.STALLED, null, Objects.requireNonNull(reason), Objects.requireNonNull(message));
  }

  /**
   * Terminal failure that leaves an existing {@code Ready=False} as the reconciler set it, so Ready
   * keeps naming what failed (upstream's HelmRelease: {@code Stalled=RetriesExceeded} beside {@code
   * Ready=UpgradeFailed}); without one, Ready gets this reason as with {@link #stalled}.
   */
  public static ReconcileResult stalledKeepingReady(String reason, String message) {
    return new ReconcileResult(
        Outcome.STALLED,
        null,
        Objects.requireNonNull(reason),
        Objects.requireNonNull(message),
        true);
  }

  public Outcome outcome() {
    return outcome;
  }

  /** An explicit requeue delay, when the reconciler chose one. */
  public Optional<Duration> requeueAfter() {
    return Optional.ofNullable(requeueAfter);
  }

  /** The condition reason of a failure or stall. */
  public Optional<String> reason() {
    return Optional.ofNullable(reason);
  }

  /** The condition message of a failure or stall. */
  public Optional<String> message() {
    return Optional.ofNullable(message);
  }

  /** Whether a stall leaves an existing {@code Ready=False} alone. */
  public boolean keepsReady() {
    return keepsReady;
  }

  @Override
  public String toString() {
    return outcome + (reason == null ? "" : " " + reason + ": " + message);
  }
}
