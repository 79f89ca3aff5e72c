package io.fluxjava.notification.receivers;

/** Checks one webhook call for one Receiver type; one implementation per {@code spec.type}. */
@FunctionalInterface
public interface ReceiverValidator {

  /**
   * Returns normally when the call is authentic and allowed.
   *
   * @return true when the Receiver's resources should be annotated (false for pings)
   */
  boolean validate(WebhookRequest request, ReceiverSettings settings)
      throws WebhookRejectedException;
}
