package io.fluxjava.notification.receivers;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code cdevents}: a CloudEvents HTTP binding whose body is a CDEvent (a JSON object with {@code
 * context} and {@code subject}) and whose {@code Ce-Type} must be allowed by {@code events}.
 */
final class CdEventsValidator implements ReceiverValidator {

  static final String TYPE = "Ce-Type";

  @Override
  public void validate(WebhookRequest request, ReceiverSettings settings)
      throws WebhookRejectedException {
    JsonNode event = JsonBody.parse(request.body(), "unable to validate CDEvent event");
    if (!event.has("context") || !event.has("subject")) {
      throw new WebhookRejectedException("unable to validate CDEvent event: not a CDEvent");
    }
    settings.requireAllowed(request.header(TYPE), "CDEvent");
  }
}
