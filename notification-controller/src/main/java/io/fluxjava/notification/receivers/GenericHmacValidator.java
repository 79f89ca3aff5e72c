package io.fluxjava.notification.receivers;

/** {@code generic-hmac}: {@code X-Signature: <algo>=<hex HMAC of the body>}. */
final class GenericHmacValidator implements ReceiverValidator {

  static final String HEADER = "X-Signature";

  @Override
  public void validate(WebhookRequest request, ReceiverSettings settings)
      throws WebhookRejectedException {
    Signatures.verifyPrefixed(request.header(HEADER), settings.token(), request.body(), HEADER);
  }
}
