package io.fluxjava.helm.action;

/** How an action ended: success or failure, with the reason and message it reported. */
public record ActionOutcome(boolean succeeded, String reason, String message) {

  public static ActionOutcome success(String reason, String message) {
    return new ActionOutcome(true, reason, message);
  }

  public static ActionOutcome failure(String reason, String message) {
    return new ActionOutcome(false, reason, message);
  }
}
