package io.fluxjava.apply;

/**
 * An apply that stopped part-way: the message names the object (and why), the change set holds what
 * was applied before it. Callers must not prune after this exception.
 */
public class ApplyException extends RuntimeException {

  private final transient ChangeSet applied;

  public ApplyException(String message, ChangeSet applied, Throwable cause) {
    super(message, cause);
    this.applied = applied;
  }

  /** What was written to the cluster before the failure. */
  public ChangeSet applied() {
    return applied;
  }
}
