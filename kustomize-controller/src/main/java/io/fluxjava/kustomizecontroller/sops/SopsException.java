package io.fluxjava.kustomizecontroller.sops;

/**
 * A SOPS document or key could not be used. Messages never carry plaintext, ciphertext or key
 * material, so they may go to status conditions and events as they are.
 */
public class SopsException extends RuntimeException {

  /** Creates an exception with a message that is safe to show to users. */
  public SopsException(String message) {
    super(message);
  }

  /** Creates an exception with a safe message and the underlying cause. */
  public SopsException(String message, Throwable cause) {
    super(message, cause);
  }
}
