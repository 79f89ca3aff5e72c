package io.fluxjava.notification.providers;

/** A delivery failed; {@link #retryable()} tells the dispatcher whether to try again. */
public class NotificationException extends Exception {

  private final boolean retryable;

  public NotificationException(String message, boolean retryable) {
    super(message);
    this.retryable = retryable;
  }

  public NotificationException(String message, boolean retryable, Throwable cause) {
    super(message, cause);
    this.retryable = retryable;
  }

  /** True for connection errors, 5xx and 429 answers; false for anything a retry cannot fix. */
  public boolean retryable() {
    return retryable;
  }
}
