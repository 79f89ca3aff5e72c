package io.fluxjava.notification.receivers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/** Parses the JSON body of a webhook call, rejecting the call when it is not JSON. */
final class JsonBody {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private JsonBody() {}

  /**
   * The body as a JSON tree; never null.
   *
   * @throws WebhookRejectedException with {@code failure} when the body is not JSON
   */
  static JsonNode parse(byte[] body, String failure) throws WebhookRejectedException {
    try {
      JsonNode tree = MAPPER.readTree(body);
      if (tree == null) {
        throw new WebhookRejectedException(failure);
      }
      return tree;
    } catch (IOException e) {
      throw new WebhookRejectedException(failure);
    }
  }
}
