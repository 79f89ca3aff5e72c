package io.fluxjava.notification.receivers;

/**
 * A webhook call failed validation (bad signature or token, event not allowed, bad payload); the
 * caller gets 400, as from upstream, and nothing is reconciled.
 */
public class WebhookRejectedException extends Exception {

  public WebhookRejectedException(String message) {
    super(message);
  }
}
