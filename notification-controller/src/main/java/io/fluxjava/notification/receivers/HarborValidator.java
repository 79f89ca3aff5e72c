package io.fluxjava.notification.receivers;

/** {@code harbor}: the {@code Authorization} header equals the token. */
final class HarborValidator implements ReceiverValidator {

  @Override
  public void validate(WebhookRequest request, ReceiverSettings settings)
      throws WebhookRejectedException {
    if (!Signatures.constantTimeEquals(settings.token(), request.header("Authorization"))) {
      throw new WebhookRejectedException(
          "the Harbor Authorization header value does not match the receiver token");
    }
  }
}
