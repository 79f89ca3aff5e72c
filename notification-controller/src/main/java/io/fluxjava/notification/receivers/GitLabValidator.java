package io.fluxjava.notification.receivers;

/** {@code gitlab}: {@code X-Gitlab-Token} equals the token; {@code X-Gitlab-Event} filter. */
final class GitLabValidator implements ReceiverValidator {

  static final String TOKEN = "X-Gitlab-Token";
  static final String EVENT = "X-Gitlab-Event";

  @Override
  public void validate(WebhookRequest request, ReceiverSettings settings)
      throws WebhookRejectedException {
    if (!Signatures.constantTimeEquals(settings.token(), request.header(TOKEN))) {
      throw new WebhookRejectedException(
          "the X-Gitlab-Token header value does not match the receiver token");
    }
    settings.requireAllowed(request.header(EVENT), "GitLab event");
  }
}
