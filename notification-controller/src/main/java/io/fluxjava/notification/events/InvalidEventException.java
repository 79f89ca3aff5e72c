package io.fluxjava.notification.events;

/** The posted body is not a valid event; the event server answers 400. */
public class InvalidEventException extends Exception {

  public InvalidEventException(String message) {
    super(message);
  }

  public InvalidEventException(String message, Throwable cause) {
    super(message, cause);
  }
}
