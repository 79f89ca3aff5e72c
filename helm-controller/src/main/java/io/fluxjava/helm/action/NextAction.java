package io.fluxjava.helm.action;

/**
 * What the state machine decided: an action to run, nothing to do, or a stop (Stalled) with its
 * reason and message.
 */
public record NextAction(Kind kind, String reason, String message) {

  /** The possible decisions. */
  public enum Kind {
    INSTALL,
    UPGRADE,
    TEST,
    ROLLBACK,
    UNINSTALL,
    UNLOCK,
    IN_SYNC,
    STALL
  }

  static NextAction of(Kind kind) {
    return new NextAction(kind, "", "");
  }

  static NextAction stall(String reason, String message) {
    return new NextAction(Kind.STALL, reason, message);
  }

  /** True for the actions that remediate a failure. */
  public boolean isRemediation() {
    return kind == Kind.ROLLBACK || kind == Kind.UNINSTALL;
  }
}
