package io.fluxjava.notification.receivers;

/** Checks one webhook call for one Receiver type; one implementation per {@code spec.type}. */
@FunctionalInterface
public interface ReceiverValidator {

  /** Returns normally when the call is authentic and allowed. */
  void validate(WebhookRequest request, ReceiverSettings settings) throws WebhookRejectedException;
}
