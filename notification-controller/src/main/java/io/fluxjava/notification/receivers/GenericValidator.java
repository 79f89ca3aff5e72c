package io.fluxjava.notification.receivers;

/** {@code generic}: the secret path is the only credential. */
final class GenericValidator implements ReceiverValidator {

  @Override
  public boolean validate(WebhookRequest request, ReceiverSettings settings) {
    return true;
  }
}
