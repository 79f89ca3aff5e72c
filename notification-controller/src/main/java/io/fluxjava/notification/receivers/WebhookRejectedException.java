package io.fluxjava.notification.receivers;

/** A webhook call failed validation; {@link #httpStatus()} is 401 for bad credentials, else 400. */
public class WebhookRejectedException extends Exception {

  private final int httpStatus;

  private WebhookRejectedException(int httpStatus, String message) {
    super(message);
    this.httpStatus = httpStatus;
  }

  /** Missing or wrong signature/token: 401, nothing happens. */
  public static WebhookRejectedException unauthorized(String message) {
    return new WebhookRejectedException(401, message);
  }

  /** A valid caller sent something we refuse (event not allowed, bad payload): 400. */
  public static WebhookRejectedException badRequest(String message) {
    return new WebhookRejectedException(400, message);
  }

  public int httpStatus() {
    return httpStatus;
  }
}
