package io.fluxjava.notification.receivers;

/**
 * {@code dockerhub}, {@code quay} and {@code acr}: these registries cannot sign, so the secret path
 * is the credential and the body only has to be the registry's JSON object.
 */
final class JsonPayloadValidator implements ReceiverValidator {

  private final String registry;

  JsonPayloadValidator(String registry) {
    this.registry = registry;
  }

  @Override
  public void validate(WebhookRequest request, ReceiverSettings settings)
      throws WebhookRejectedException {
    String failure = "cannot decode " + registry + " webhook payload";
    if (!JsonBody.parse(request.body(), failure).isObject()) {
      throw new WebhookRejectedException(failure);
    }
  }
}
