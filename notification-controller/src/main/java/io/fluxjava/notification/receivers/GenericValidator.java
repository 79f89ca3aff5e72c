package io.fluxjava.notification.receivers;

/** {@code generic}: the secret path is the only credential. */
final class GenericValidator implements ReceiverValidator {

  @Override
  public void validate(WebhookRequest request, ReceiverSettings settings) {
    // nothing to verify: knowing the path is the proof
  }
}
