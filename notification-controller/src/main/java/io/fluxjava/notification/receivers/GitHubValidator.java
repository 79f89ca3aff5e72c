package io.fluxjava.notification.receivers;

/**
 * {@code github} (also Gitea): {@code X-Hub-Signature-256} (or the SHA-1 {@code X-Hub-Signature}),
 * then the {@code X-GitHub-Event} filter. As upstream, a {@code ping} is an event like any other:
 * list it in {@code events} (or leave {@code events} empty) for GitHub's test delivery to pass.
 */
final class GitHubValidator implements ReceiverValidator {

  static final String SIGNATURE_256 = "X-Hub-Signature-256";
  static final String SIGNATURE_1 = "X-Hub-Signature";
  static final String EVENT = "X-GitHub-Event";

  @Override
  public void validate(WebhookRequest request, ReceiverSettings settings)
      throws WebhookRejectedException {
    String header = request.header(SIGNATURE_256).isEmpty() ? SIGNATURE_1 : SIGNATURE_256;
    Signatures.verifyPrefixed(request.header(header), settings.token(), request.body(), header);
    settings.requireAllowed(request.header(EVENT), "GitHub event");
  }
}
