package io.fluxjava.notification.receivers;

/**
 * {@code github} (also Gitea): {@code X-Hub-Signature-256} (or the SHA-1 {@code X-Hub-Signature}),
 * then the {@code X-GitHub-Event} filter; a ping is answered without action.
 */
final class GitHubValidator implements ReceiverValidator {

  static final String SIGNATURE_256 = "X-Hub-Signature-256";
  static final String SIGNATURE_1 = "X-Hub-Signature";
  static final String EVENT = "X-GitHub-Event";
  static final String PING = "ping";

  @Override
  public boolean validate(WebhookRequest request, ReceiverSettings settings)
      throws WebhookRejectedException {
    String header = request.header(SIGNATURE_256).isEmpty() ? SIGNATURE_1 : SIGNATURE_256;
    Signatures.verifyPrefixed(request.header(header), settings.token(), request.body(), header);
    String event = request.header(EVENT);
    if (PING.equalsIgnoreCase(event)) {
      return false;
    }
    if (!settings.allows(event)) {
      throw WebhookRejectedException.badRequest(
          "the GitHub event '" + event + "' is not authorised");
    }
    return true;
  }
}
