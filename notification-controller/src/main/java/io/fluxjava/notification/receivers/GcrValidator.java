package io.fluxjava.notification.receivers;

/**
 * {@code gcr}: Google Pub/Sub push with a Google-signed OIDC token, which can only be verified
 * against Google's keys; this controller does not reach Google, so it refuses such calls plainly.
 */
final class GcrValidator implements ReceiverValidator {

  @Override
  public void validate(WebhookRequest request, ReceiverSettings settings)
      throws WebhookRejectedException {
    throw new WebhookRejectedException(
        "gcr receivers are not supported here: verifying Google-signed OIDC tokens needs Google");
  }
}
