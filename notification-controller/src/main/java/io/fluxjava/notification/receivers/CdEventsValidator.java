package io.fluxjava.notification.receivers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/**
 * {@code cdevents}: a CloudEvents HTTP binding whose {@code Ce-Type} must be allowed by {@code
 * events} and whose body is a CDEvent (a JSON object with {@code context} and {@code subject}).
 */
final class CdEventsValidator implements ReceiverValidator {

  static final String TYPE = "Ce-Type";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Override
  public boolean validate(WebhookRequest request, ReceiverSettings settings)
      throws WebhookRejectedException {
    String type = request.header(TYPE);
    if (!settings.allows(type)) {
      throw WebhookRejectedException.badRequest("the CDEvent '" + type + "' is not authorised");
    }
    JsonNode event;
    try {
      event = MAPPER.readTree(request.body());
    } catch (IOException e) {
      throw WebhookRejectedException.badRequest("cannot decode CDEvent payload");
    }
    if (event == null || !event.has("context") || !event.has("subject")) {
      throw WebhookRejectedException.badRequest("the payload is not a valid CDEvent");
    }
    return true;
  }
}
