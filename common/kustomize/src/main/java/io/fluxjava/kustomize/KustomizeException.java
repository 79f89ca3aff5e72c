package io.fluxjava.kustomize;

/** A kustomization could not be built; the message says why, in kustomize's terms. */
public class KustomizeException extends RuntimeException {

  /** Creates the exception with a message. */
  public KustomizeException(String message) {
    super(message);
  }

  /** Creates the exception with a message and cause. */
  public KustomizeException(String message, Throwable cause) {
    super(message, cause);
  }
}
