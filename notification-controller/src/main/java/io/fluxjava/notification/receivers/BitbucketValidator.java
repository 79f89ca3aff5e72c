package io.fluxjava.notification.receivers;

/**
 * {@code bitbucket} (Server/Data Center): GitHub-style {@code X-Hub-Signature}, {@code
 * X-Event-Key}.
 */
final class BitbucketValidator implements ReceiverValidator {

  static final String SIGNATURE = "X-Hub-Signature";
  static final String EVENT = "X-Event-Key";

  @Override
  public void validate(WebhookRequest request, ReceiverSettings settings)
      throws WebhookRejectedException {
    Signatures.verifyPrefixed(
        request.header(SIGNATURE), settings.token(), request.body(), SIGNATURE);
    settings.requireAllowed(request.header(EVENT), "Bitbucket server event");
  }
}
