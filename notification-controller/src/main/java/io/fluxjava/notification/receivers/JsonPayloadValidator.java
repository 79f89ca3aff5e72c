package io.fluxjava.notification.receivers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/**
 * {@code dockerhub}, {@code quay} and {@code acr}: these registries cannot sign, so the secret path
 * is the credential and the body only has to be the registry's JSON object.
 */
final class JsonPayloadValidator implements ReceiverValidator {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final String registry;

  JsonPayloadValidator(String registry) {
    this.registry = registry;
  }

  @Override
  public boolean validate(WebhookRequest request, ReceiverSettings settings)
      throws WebhookRejectedException {
    try {
      JsonNode payload = MAPPER.readTree(request.body());
      if (payload == null || !payload.isObject()) {
        throw WebhookRejectedException.badRequest("cannot decode " + registry + " webhook payload");
      }
    } catch (IOException e) {
      throw WebhookRejectedException.badRequest("cannot decode " + registry + " webhook payload");
    }
    return true;
  }
}
